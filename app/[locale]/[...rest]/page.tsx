import { notFound } from "next/navigation";

// Any other address under a language (/vi/nowhere/at/all) gets that language's 404 page
// (app/[locale]/not-found.tsx) instead of the language-less global one.
export default function UnknownPage() {
  notFound();
}
