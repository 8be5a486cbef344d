import { meetingsFeedPath } from "@/lib/i18n/alternates";
import { localeNames, switcherOrder } from "@/lib/i18n/config";

/** The meetings' Atom feed in each language, each link named in its own language. */
export function FeedLinks() {
  return (
    <ul className="flex flex-wrap gap-3 text-sm">
      {switcherOrder.map((language) => (
        <li key={language}>
          <a
            href={meetingsFeedPath(language)}
            type="application/atom+xml"
            hrefLang={language}
            lang={language}
          >
            {localeNames[language]}
          </a>
        </li>
      ))}
    </ul>
  );
}
