import Link from "next/link";

/** What a visitor sees at an unknown address: where they are and where to go next. */
export function NotFoundContent({ locale = "en" }: { locale?: string }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4 text-slate-700">
        There is no page at this address. It may have been mistyped, or the record may have been renamed.
      </p>
      <ul className="mt-6 space-y-2 text-sm">
        <li><Link href={`/${locale}`}>Home</Link></li>
        <li><Link href={`/${locale}/provinces/bac-ninh`}>Bac Ninh</Link> · <Link href={`/${locale}/provinces/nghe-an`}>Nghe An</Link></li>
        <li><Link href={`/${locale}/meetings`}>All meetings</Link> · <Link href={`/${locale}/investment`}>Japanese investment</Link></li>
      </ul>
    </div>
  );
}
