import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { hasRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { areaKeys, contentAreas } from "@/lib/content/areas";
import { signOut } from "@/lib/actions/auth";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "Staff · Partnership portal", template: "%s · Staff · Partnership portal" },
  robots: { index: false, follow: false },
};

// Staff pages are rendered whole for each request instead of as a prerendered shell with
// the signed-in parts streamed into it: streamed parts arrive hidden and need JavaScript to
// be revealed, and these forms must work without it (a redirect before anything is sent
// is also a real HTTP redirect). `instant = false` opts the staff area out of the
// static-shell requirement of cacheComponents, so reading the cookie outside <Suspense> is allowed.
export const instant = false;

// A root layout of its own (the public site's is app/[locale]/layout.tsx). It shows who is
// signed in, but does not protect anything: every page checks the session itself.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link href="/admin" className="font-semibold text-slate-900 no-underline">
              Partnership portal — Staff
            </Link>
            <SignedInAs />
          </div>
          <StaffNav />
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}

/** The content areas, one click from every staff page (for signed-in staff only). */
async function StaffNav() {
  const user = await getCurrentUser();
  if (!user) return null;
  return (
    <nav aria-label="Staff" className="mx-auto max-w-5xl px-4 pb-2">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {areaKeys.map((key) => (
          <li key={key}>
            <Link href={`/admin/${key}`}>{contentAreas[key].title}</Link>
          </li>
        ))}
        {hasRole(user, "ADMIN") ? (
          <>
            <li>
              <Link href="/admin/users">Staff accounts</Link>
            </li>
            <li>
              <Link href="/admin/audit">Audit log</Link>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}

async function SignedInAs() {
  const user = await getCurrentUser();
  if (!user) return null;
  return (
    <div className="flex items-center gap-3 text-sm text-slate-700">
      <span>
        Signed in as <strong className="font-medium text-slate-900">{user.email}</strong>
      </span>
      <form action={signOut}>
        <button
          type="submit"
          className="whitespace-nowrap rounded border border-slate-300 px-3 py-1 hover:bg-slate-100"
        >
          Sign out
        </button>
      </form>
    </div>
  );
}
