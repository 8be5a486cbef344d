import { z } from "zod";
import { SourceKind } from "../generated/prisma/enums";
import { PartialDateText, blankToUndefined, optionalLocalizedText } from "./common";

/** One source as the staff form edits it: who published what, where and when. */
export const SourceInput = z.object({
  publisher: z
    .string()
    .trim()
    .min(1, { error: "Enter the publisher (e.g. Bac Ninh Provincial People's Committee)" })
    .max(200, { error: "Keep it under 200 characters" }),
  title: z
    .string()
    .trim()
    .min(1, { error: "Enter the title of the page or document" })
    .max(400, { error: "Keep it under 400 characters" }),
  url: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z
      .url({ protocol: /^https?$/, error: "Enter the full web address, starting with https://" })
      .max(2000, { error: "Keep the address under 2,000 characters" }),
  ),
  publishedOn: z.preprocess(blankToUndefined, PartialDateText.optional()),
  kind: z.enum(SourceKind, {
    error: "Choose whether this is the original publisher, a report or a mirror",
  }),
  note: optionalLocalizedText("note"),
});

export type SourceInput = z.infer<typeof SourceInput>;
