import { useTranslations } from "next-intl";

/** Says which query parameters a page left out because they were unknown or malformed. */
export function IgnoredParams({ names }: { names: string[] }) {
  const t = useTranslations("pageFilters");
  if (names.length === 0) return null;
  // The names come from the address: shown as text (React escapes them), few and short.
  const shown = names
    .slice(0, 5)
    .map((name) => (name.length > 40 ? `${name.slice(0, 40)}…` : name));
  return (
    <p className="mt-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {t("ignored", { names: shown.join(", "), count: names.length })}
    </p>
  );
}
