// What `npm run bench` measures: every kind of public page in each language, the filtered
// views, the negotiating `/`, and the open-data API's lists. Pages another branch may not
// have yet (explorer, search, commitments) are measured when the build answers them.
import { locales } from "../i18n/config";

export interface BenchPage {
  /** The kind of page, shared by its three languages. */
  kind: string;
  path: string;
  /** The status a healthy answer has (the negotiating `/` redirects). */
  status: number;
  /** Measured only if the build answers it with `status`. */
  optional?: boolean;
}

const localized: { kind: string; path: string; optional?: boolean }[] = [
  { kind: "home", path: "" },
  { kind: "province profile", path: "/provinces/bac-ninh" },
  { kind: "province profile (Nghe An)", path: "/provinces/nghe-an" },
  { kind: "partners", path: "/partners" },
  { kind: "partner profile", path: "/partners/kanagawa" },
  { kind: "meetings", path: "/meetings" },
  { kind: "meetings, one filter", path: "/meetings?province=nghe-an" },
  { kind: "meetings, two filters", path: "/meetings?province=nghe-an&year=2019" },
  { kind: "meeting", path: "/meetings/2019-04-26-meeting-nghe-an-japan" },
  { kind: "investment", path: "/investment" },
  // Each figure's earlier readings (since the lighter pages moved them off the profiles).
  { kind: "figure history", path: "/figures/bac-ninh", optional: true },
  { kind: "sources", path: "/sources" },
  {
    kind: "explorer",
    path: "/explorer?place=bac-ninh&place=nghe-an&measure=FDI_PROJECTS",
    optional: true,
  },
  { kind: "search", path: "/search?q=kanagawa", optional: true },
  { kind: "commitments", path: "/commitments", optional: true },
];

const api = [
  { kind: "API places", path: "/api/v1/places" },
  { kind: "API relationships", path: "/api/v1/relationships" },
  { kind: "API meetings", path: "/api/v1/meetings" },
  { kind: "API meetings, filtered", path: "/api/v1/meetings?place=nghe-an&year=2019" },
  { kind: "API figures", path: "/api/v1/figures" },
  // What the explorer shows for a choice, through the API (the page itself is optional above).
  {
    kind: "API figures, explorer choice",
    path: "/api/v1/figures?place=bac-ninh&measure=FDI_PROJECTS",
  },
  { kind: "API sources", path: "/api/v1/sources" },
];

export function benchPages({ quick }: { quick: boolean }): BenchPage[] {
  const languages = quick ? (["en"] as const) : locales;
  return [
    { kind: "negotiating /", path: "/", status: 307 },
    ...localized.flatMap(({ kind, path, optional }) =>
      languages.map((locale) => ({ kind, path: `/${locale}${path}`, status: 200, optional })),
    ),
    ...api.map((page) => ({ ...page, status: 200 })),
  ];
}
