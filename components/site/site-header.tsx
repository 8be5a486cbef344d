import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";

export function SiteHeader({ locale }: { locale: Locale }) {
  const m = getMessages(locale).site;
  const links = [
    { href: `/${locale}/provinces/bac-ninh`, label: "Bac Ninh" },
    { href: `/${locale}/provinces/nghe-an`, label: "Nghe An" },
    { href: `/${locale}/partners`, label: m.nav.partners },
    { href: `/${locale}/meetings`, label: m.nav.meetings },
    { href: `/${locale}/investment`, label: m.nav.investment },
    { href: `/${locale}/sources`, label: m.nav.sources },
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {m.skip}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={`/${locale}`} className="flex items-center gap-2 font-semibold text-slate-900 no-underline">
          <span aria-hidden="true" className="flex h-8 w-8 items-center justify-center rounded bg-brand-700 text-xs font-bold text-white">VJ</span>
          <span>{m.name}</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-slate-700 no-underline hover:text-brand-700 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter({ locale }: { locale: Locale }) {
  const m = getMessages(locale).site;
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">
        <p>{m.footer}</p>
        <p className="mt-2">
          <Link href={`/${locale}/sources`}>All sources</Link> · <Link href="/admin">Staff sign-in</Link>
        </p>
      </div>
    </footer>
  );
}
