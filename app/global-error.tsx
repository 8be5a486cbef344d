"use client";

import { ErrorReference } from "@/components/site/error-reference";
import { getMessages } from "@/lib/i18n/messages";
import "./globals.css";

// Replaces a root layout that failed; styled by classes only, as the staff pages' policy
// allows no inline style.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const m = getMessages("en").errorPage;
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-3xl font-bold tracking-tight">{m.heading}</h1>
          <p className="mt-4 text-slate-700">{m.body}</p>
          <ErrorReference label={m.reference} digest={error.digest} className="mt-2 text-xs text-slate-600" />
        </main>
      </body>
    </html>
  );
}
