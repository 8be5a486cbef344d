// What each download holds: its rows (read with the same filters as its page) and its
// columns. Column names are stable snake_case for scripts; with a locale, values that have a
// language (names, titles, labels) are given in it, otherwise English text and codes.
import "server-only";
import type { z } from "zod";
import { listCommitments, type CommitmentRecord } from "../data/commitments";
import { selectFigures, type ExplorerObservation } from "../data/explorer";
import { listDownloadMeetings, type DownloadMeeting } from "../data/downloads";
import { day } from "../data/open-data/shared";
import { listSources } from "../data/sources";
import type { Locale } from "../i18n/config";
import { getMessages, type Messages } from "../i18n/messages";
import { t, type LocalizedText } from "../i18n/text";
import { downloadFilters, type DownloadTable } from "../schemas/downloads";

export interface CellContext {
  locale: Locale | undefined;
  m: Messages;
  /** Origin of the site, for links to pages. */
  origin: string;
}
export type Cell = string | number | boolean | null;
export type Column<Row> = [name: string, value: (row: Row, c: CellContext) => Cell];

const text = (value: LocalizedText | null, c: CellContext) =>
  value ? t(value, c.locale ?? "en") : null;
/** A coded value: its label in the asked language, or the code itself. */
const label =
  <K extends string>(labels: (m: Messages) => Record<K, string>) =>
  (code: K, c: CellContext) =>
    c.locale ? labels(c.m)[code] : code;
const measure = label((m) => m.measure);
const commitment = label((m) => m.commitment);
const followUp = label((m) => m.followUp);
const outcomeSide = label((m) => m.outcomeSide);
const pageUrl = (c: CellContext, path: string) => `${c.origin}/${c.locale ?? "en"}${path}`;

const figureColumns: Column<ExplorerObservation>[] = [
  ["id", (o) => o.id],
  ["place", (o, c) => text(o.place.name, c)],
  ["territory", (o, c) => text(o.territory.label, c)],
  ["counterpart", (o, c) => (o.counterpart ? text(o.counterpart.name, c) : "all countries")],
  ["measure", (o, c) => measure(o.measure, c)],
  ["qualifier", (o) => o.qualifier],
  ["value", (o) => o.value],
  ["value_high", (o) => o.valueHigh],
  ["unit", (o) => o.unit],
  ["basis", (o) => o.basis],
  ["period_start", (o) => o.periodStart],
  ["as_of", (o) => o.asOf],
  ["date_precision", (o) => o.precision],
  ["estimate", (o) => o.isEstimate],
  ["conflict_group", (o) => o.conflictGroup],
  ["sources_disagree", (o) => o.conflict],
  ["note", (o, c) => text(o.note, c)],
  ["source_publisher", (o) => o.source.publisher],
  ["source_title", (o) => o.source.title],
  ["source_url", (o) => o.source.url],
  ["source_published_on", (o) => o.source.publishedOn],
  ["converted_value", (o) => o.converted?.value ?? null],
  ["converted_value_high", (o) => o.converted?.valueHigh ?? null],
  ["converted_currency", (o) => o.converted?.currency ?? null],
  [
    "exchange_rates_used",
    (o) =>
      o.converted?.ratesUsed
        .map(
          (r) =>
            `${r.rate} ${r.quote}/${r.base} ${r.year} (${r.source.publisher}, ${r.source.url})`,
        )
        .join("; ") ?? null,
  ],
];

const meetingColumns: Column<DownloadMeeting>[] = [
  ["slug", (m) => m.slug],
  ["starts_on", (m) => m.startsOn],
  ["ends_on", (m) => m.endsOn],
  ["date_precision", (m) => m.datePrecision],
  ["kind", (m, c) => (c.locale ? c.m.meetingKind[m.kind] : m.kind)],
  ["title", (m, c) => text(m.title, c)],
  ["venue", (m, c) => text(m.venue, c)],
  ["places", (m, c) => m.places.map((p) => text(p, c)).join("; ")],
  ["sectors", (m, c) => m.sectors.map((s) => text(s, c)).join("; ")],
  ["summary", (m, c) => text(m.summary, c)],
  ["outcomes", (m) => m.outcomes],
  ["source_urls", (m) => m.sources.join(" ")],
  ["page", (m, c) => pageUrl(c, `/meetings/${m.slug}`)],
];

const commitmentColumns: Column<CommitmentRecord>[] = [
  ["meeting_date", (o) => o.meeting.startsOn],
  ["meeting_date_precision", (o) => o.meeting.datePrecision],
  ["meeting", (o, c) => text(o.meeting.title, c)],
  ["places", (o, c) => o.places.map((p) => text(p.name, c)).join("; ")],
  ["commitment", (o, c) => commitment(o.commitment, c)],
  ["side", (o, c) => (o.side ? outcomeSide(o.side, c) : null)],
  ["description", (o, c) => text(o.description, c)],
  ["follow_up", (o, c) => followUp(o.followUp, c)],
  ["follow_up_note", (o, c) => text(o.followUpNote, c)],
  ["meeting_page", (o, c) => pageUrl(c, `/meetings/${o.meeting.slug}`)],
];

type SourceRow = Awaited<ReturnType<typeof listSources>>[number];
const sourceColumns: Column<SourceRow>[] = [
  ["id", (s) => s.id],
  ["publisher", (s) => s.publisher],
  ["title", (s) => s.title],
  ["url", (s) => s.url],
  ["published_on", (s) => day(s.publishedOn)],
  ["published_precision", (s) => s.publishedPrecision],
  ["kind", (s) => s.kind],
  ["figures_citing", (s) => s._count.observations],
  ["meetings_citing", (s) => s._count.meetings],
  ["relationships_citing", (s) => s._count.relationships],
];

/** A table: its column names, and its rows as cells for a filter. */
function table<Filter, Row>(load: (filter: Filter) => Promise<Row[]>, columns: Column<Row>[]) {
  return {
    columns: columns.map(([name]) => name),
    async rows(filter: Filter, c: CellContext): Promise<Cell[][]> {
      return (await load(filter)).map((row) => columns.map(([, value]) => value(row, c)));
    },
  };
}

export const tables = {
  figures: table((f: z.output<typeof downloadFilters.figures>) => selectFigures(f), figureColumns),
  meetings: table(
    (f: z.output<typeof downloadFilters.meetings>) => listDownloadMeetings(f),
    meetingColumns,
  ),
  commitments: table(
    (f: z.output<typeof downloadFilters.commitments>) => listCommitments(f),
    commitmentColumns,
  ),
  sources: table(() => listSources(), sourceColumns),
} satisfies Record<DownloadTable, unknown>;

export const cellContext = (locale: Locale | undefined, origin: string): CellContext => ({
  locale,
  m: getMessages(locale ?? "en"),
  origin,
});
