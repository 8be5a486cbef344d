import { z } from "zod";
import { locales } from "../i18n/config";
import { CommitmentFilter } from "./commitments";
import { FigureSelection } from "./explorer";
import { queryInt, querySlug } from "./query-string";

export const downloadTables = ["figures", "meetings", "commitments", "sources"] as const;
export type DownloadTable = (typeof downloadTables)[number];

/** `/api/downloads/figures.csv`: which table, in which format. */
export const DownloadFile = z.strictObject({
  file: z
    .string()
    .regex(/^(figures|meetings|commitments|sources)\.(csv|json)$/, {
      error: "Ask for figures, meetings, commitments or sources, as .csv or .json",
    })
    .transform((file) => {
      const [table, format] = file.split(".");
      return { table: table as DownloadTable, format: format as "csv" | "json" };
    }),
});

/** `locale`: column values (names, titles, labels) in that language; without it, English text and codes. */
const locale = { locale: z.enum(locales).optional() };

/** Each table's filters: the same names as its page's query string. */
export const downloadFilters = {
  figures: FigureSelection.safeExtend(locale),
  meetings: z.strictObject({
    province: querySlug.optional(),
    partner: querySlug.optional(),
    sector: querySlug.optional(),
    year: queryInt(1945, 2100).optional(),
    ...locale,
  }),
  commitments: CommitmentFilter.extend(locale),
  sources: z.strictObject(locale),
} satisfies Record<DownloadTable, z.ZodType>;
