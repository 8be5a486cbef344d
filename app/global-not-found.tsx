import type { Metadata } from "next";
import { NotFoundContent } from "@/components/site/not-found-content";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found · VN–JP Partnership" };

// For addresses outside every layout (there is no app/layout.tsx: each language and the
// staff area have their own root layout).
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <main id="main" className="px-4">
          <NotFoundContent />
        </main>
      </body>
    </html>
  );
}
