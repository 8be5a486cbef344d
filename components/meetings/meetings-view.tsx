import { useTranslations } from "next-intl";
import type { MeetingCard } from "@/lib/data/meetings";
import type { MeetingFilter } from "@/lib/schemas/meeting-filter";
import { DownloadLinks } from "../downloads/download-links";
import { MeetingFilterForm } from "./meeting-filter-form";
import { MeetingList } from "./meeting-list";

type Facets = Parameters<typeof MeetingFilterForm>[0]["facets"];

/** The meetings page: its filter form, how many meetings match, and the list. */
export function MeetingsView({
  facets,
  filter,
  meetings,
}: {
  facets: Facets;
  filter: MeetingFilter;
  meetings: MeetingCard[];
}) {
  const t = useTranslations("meetings");
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <MeetingFilterForm facets={facets} filter={filter} />
      <p className="my-4 text-sm text-slate-700" role="status">
        {t("count", { count: meetings.length })}
      </p>
      <DownloadLinks table="meetings" filter={filter} />
      <MeetingList meetings={meetings} />
    </>
  );
}
