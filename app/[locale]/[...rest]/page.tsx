import { notFound } from "next/navigation";

// Any other address under a language (/vi/nowhere/at/all) is a 404 in that language. In
// production the web server answers it first, with app/[locale]/page-not-found (readable
// without JavaScript, see lib/routing/reader-routes.ts); this page is what `npm run dev`, which
// has no routes manifest to tell, and Next itself fall back on: app/[locale]/not-found.tsx.
export default function UnknownPage() {
  notFound();
}
