import { z } from "zod";
import { translationStatuses } from "../i18n/translation";
import { parsePartialDate } from "../partial-date";

// Staff forms check input in the browser with these schemas, under a policy that forbids
// eval; Zod's compiled parsers would probe for it with `new Function` (a reported violation).
z.config({ jitless: true });

export const Slug = z
  .string()
  .trim()
  .min(1, { error: "Enter a short web address name" })
  .max(80, { error: "Keep it under 80 characters" })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: "Use lower-case letters, digits and single hyphens (e.g. 2023-11-bac-ninh-kanagawa)",
  });

/**
 * The most characters a text may have, per language. Every text field has one, checked by the
 * same schema in the browser and on the server: a name or title, a note, a summary.
 */
export const TEXT_MAX = { name: 300, note: 2_000, summary: 10_000 } as const;
export type TextSize = keyof typeof TEXT_MAX;

/** A trimmed string of at most TEXT_MAX[size] characters. */
export const boundedText = (size: TextSize) =>
  z
    .string()
    .trim()
    .max(TEXT_MAX[size], {
      error: `Keep it under ${TEXT_MAX[size].toLocaleString("en")} characters`,
    });

/** Empty strings from blank form fields become undefined. */
export const blankToUndefined = (value: unknown) =>
  value === "" || value === null ? undefined : value;

/**
 * What a text carries beside its three languages (lib/i18n/translation.ts): the status an
 * editor chose for each translation, the stamps the server wrote when it was saved (posted back
 * from hidden fields), and "checked against the current English" ticks. Blank fields are absent.
 */
const stamp = z.string().regex(/^[\w-]{1,32}(\.[\w-]{1,32})?$/, {
  error: "This form could not be read: reload the page",
});
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());
const status = optional(
  z.enum(translationStatuses, { error: "Choose original, portal translation or reviewed" }),
);
const tick = z.preprocess(
  (value) => (value === "on" || value === true ? true : undefined),
  z.literal(true).optional(),
);
const translationFields = {
  enHash: optional(stamp),
  viStatus: status,
  jaStatus: status,
  viStamp: optional(stamp),
  jaStamp: optional(stamp),
  viChecked: tick,
  jaChecked: tick,
};
const translationKeys = Object.keys(translationFields) as (keyof typeof translationFields)[];

/** A human-readable text in the three languages; English is required. */
export const localizedText = (size: TextSize) =>
  z.object({
    en: boundedText(size).min(1, { error: "English text is required" }),
    vi: boundedText(size).optional(),
    ja: boundedText(size).optional(),
    ...translationFields,
  });

/** A text field in three languages that may be left empty altogether. */
export const optionalLocalizedText = (size: TextSize) =>
  z
    .object({
      en: boundedText(size).optional(),
      vi: boundedText(size).optional(),
      ja: boundedText(size).optional(),
      ...translationFields,
    })
    .optional()
    .transform((text, ctx) => {
      if (!text || (!text.en && !text.vi && !text.ja)) return undefined;
      if (!text.en) {
        ctx.addIssue({
          code: "custom",
          path: ["en"],
          message: "Add the English text too (English is required when any language is filled in)",
        });
        return z.NEVER;
      }
      const kept = translationKeys
        .filter((key) => text[key] !== undefined)
        .map((key) => [key, text[key]]);
      return {
        en: text.en,
        ...(text.vi ? { vi: text.vi } : {}),
        ...(text.ja ? { ja: text.ja } : {}),
        ...(Object.fromEntries(kept) as Partial<
          Pick<typeof text, (typeof translationKeys)[number]>
        >),
      };
    });

/**
 * The most rows or choices a list may have. The form parser allows at most FORM_LIMITS.rows
 * (lib/schemas/form-data.ts); each list says what is sensible for it.
 */
export const LIST_MAX = {
  places: 30,
  sectors: 30,
  sources: 40,
  participants: 80,
  attendeeGroups: 20,
  outcomes: 40,
  priorities: 40,
  predecessors: 20,
} as const;

/** An array of at most `max` items. */
export const listOf = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, { error: `Too many: at most ${max}` });

/** "2019", "2019-04" or "2019-04-26", as precise as the source. */
export const PartialDateText = z
  .string()
  .trim()
  // abort: the existence check below must not run on text that is not shaped like a date.
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    error: "Use YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no day",
    abort: true,
  })
  .refine(
    (text) => {
      const { date } = parsePartialDate(text);
      return date.toISOString().slice(0, text.length) === text;
    },
    { error: "This date does not exist" },
  );

/** PostgreSQL's integer: ids above it cannot exist, and asking for one is an error there. */
export const MAX_ID = 2 ** 31 - 1;

/** "12" → 12; anything not written as digits stays as it is, for the number check to refuse. */
const digitsToNumber = (value: unknown) =>
  typeof value === "string" && /^\s*\d{1,10}\s*$/.test(value) ? Number(value) : value;

/** A record id: 1 to MAX_ID, as a number or as digits. "1e10", "1.5", "-1" and "abc" are refused. */
export const idWith = (message: string) =>
  z.preprocess(
    digitsToNumber,
    z
      .number({ error: message })
      .int({ error: message })
      .min(1, { error: message })
      .max(MAX_ID, { error: message }),
  );

export const Id = idWith("Choose a record from the list");

/** The id in a route or query string ("/admin/people/12", "?entity=12"), or null: the page answers 404. */
export function routeId(raw: unknown): number | null {
  const parsed = Id.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** A slug picked from a list; a blank choice gets `message` rather than a type error. */
export const chosenSlug = (message: string) =>
  z.preprocess(blankToUndefined, z.string({ error: message }).pipe(Slug));

/** A record id picked from a list, e.g. the source of a figure. */
export const chosenId = (message: string) => z.preprocess(blankToUndefined, idWith(message));

/** A checkbox: present ("on") when ticked, absent otherwise. */
export const Checkbox = z.preprocess(
  (value) => value === "on" || value === true || value === "true",
  z.boolean(),
);

/**
 * The arguments of a `.refine` saying that the partial date in `endKey` is not before the one
 * in `startKey` (a day, month or year each). It is checked even when other fields are wrong,
 * so the editor sees every error at once; the error is put on `at` (the end, unless said).
 */
export function datesInOrder<Key extends string>(
  startKey: Key,
  endKey: Key,
  error: string,
  at: Key = endKey,
): [
  (value: Partial<Record<Key, string>>) => boolean,
  { path: PropertyKey[]; error: string; when: (payload: { value: unknown }) => boolean },
] {
  const valid = (value: unknown) => PartialDateText.safeParse(value).success;
  return [
    (value: Partial<Record<Key, string>>) => {
      const start = value[startKey];
      const end = value[endKey];
      return !start || !end || parsePartialDate(end, "end").date >= parsePartialDate(start).date;
    },
    {
      path: [at],
      error,
      when: ({ value }: { value: unknown }) => {
        const v = value as Record<string, unknown>;
        return valid(v[startKey]) && valid(v[endKey]);
      },
    },
  ];
}

/**
 * The arguments of a `.refine` saying that two partial dates sharing one precision column
 * (a meeting's start and end, a figure's period) are given alike: both days, months or years.
 */
export function samePrecision<Key extends string>(
  key: Key,
  otherKey: Key,
  error: string,
): [
  (value: Partial<Record<Key, string>>) => boolean,
  { path: PropertyKey[]; error: string; when: (payload: { value: unknown }) => boolean },
] {
  return [
    (value) => !value[key] || !value[otherKey] || value[key].length === value[otherKey].length,
    {
      path: [otherKey],
      error,
      when: ({ value }) => {
        const v = value as Record<string, unknown>;
        return (
          PartialDateText.safeParse(v[key]).success &&
          PartialDateText.safeParse(v[otherKey]).success
        );
      },
    },
  ];
}

/** A list without repeats (ticked boxes posted twice must not write a link twice). */
export const unique = <T>(items: T[]) => [...new Set(items)];
