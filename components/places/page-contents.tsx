import { useTranslations } from "next-intl";

const sections = [
  "overview",
  "partners",
  "investment",
  "trade",
  "seeks",
  "meetings",
  "boundaries",
] as const;

/** A province page's sections, for readers who jump rather than scroll. */
export function PageContents() {
  const t = useTranslations("province");
  return (
    <nav aria-label={t("onThisPage")} className="mt-4 text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {sections.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>{t(`nav.${id}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
