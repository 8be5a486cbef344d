// Conversions between form input and columns, shared by the adapters.
import { Prisma } from "../../generated/prisma/client";
import type { DatePrecision } from "../../generated/prisma/enums";
import { asOptionalText } from "../../i18n/text";
import { parsePartialDate, toPartialDateText } from "../../partial-date";
import { PublishRefused } from "../types";

/** An optional text column: emptying the field must clear the column, not leave the old value. */
export const textColumn = (value: unknown) =>
  value ? (value as Prisma.InputJsonValue) : Prisma.DbNull;

/** An optional text column read back as form input. */
export const textField = (json: unknown) => asOptionalText(json) ?? undefined;

/** An optional partial date ("2024", "2024-05", "2024-05-17") as a date column and its precision. */
export function dateColumn(text: string | undefined, edge: "start" | "end" = "start") {
  return text ? parsePartialDate(text, edge) : { date: null, precision: "DAY" as const };
}

/** An optional date column read back as the form's partial date text. */
export const dateField = (date: Date | null, precision: DatePrecision = "DAY") =>
  date ? toPartialDateText(date, precision) : undefined;

/**
 * The ids of the records a draft names by slug. A draft may name one that another editor has
 * since renamed or deleted: publishing refuses, rather than quietly drop it.
 */
export function idsOfSlugs(
  found: { id: number; slug: string }[],
  slugs: string[],
  noun: string,
): number[] {
  const idBySlug = new Map(found.map((record) => [record.slug, record.id]));
  return slugs.map((slug) => {
    const id = idBySlug.get(slug);
    if (id === undefined) throw new PublishRefused(`the ${noun} “${slug}” no longer exists`);
    return id;
  });
}

/** The staff list's Find: only the records search found (all of them when not searching). */
export const onlyIds = (ids: number[] | undefined) => (ids ? { id: { in: ids } } : undefined);
