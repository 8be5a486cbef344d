// How a restore checks each row before PostgreSQL sees it: every column against its type as the
// database's catalog states it, and, where the app has a Zod schema for what a column holds,
// against that same schema. The app reads these columns back without checking (text columns are
// cast to LocalizedText, slugs go into URLs), trusting that its forms were the only way in.
import { z } from "zod";
import { contentAreas } from "../content/areas";
import { Email } from "../schemas/auth";
import { LocalizedText } from "../i18n/text";
import { Slug } from "../schemas/common";
import { SourceInput } from "../schemas/source";
import type { Column, Table } from "./catalog";

const Text = LocalizedText;
const OptionalText = LocalizedText.nullable();

/** Columns the app has a schema for; other columns get their type's check only. */
const appSchemas: Record<string, Record<string, z.ZodType>> = {
  Place: { slug: Slug, name: Text, summary: OptionalText },
  Territory: { note: OptionalText },
  TerritorySuccession: { note: OptionalText },
  Source: { url: SourceInput.shape.url, note: OptionalText },
  Relationship: { slug: Slug, summary: Text },
  Sector: { slug: Slug, name: Text },
  Person: { name: Text },
  Meeting: { slug: Slug, title: Text, summary: Text, dateNote: OptionalText, venue: OptionalText },
  Participant: { title: OptionalText, organisation: OptionalText },
  Outcome: { description: Text, followUpNote: OptionalText },
  InvestmentPriority: { note: OptionalText },
  Observation: { note: OptionalText },
  User: { email: Email },
};

const infinite = "|-?infinity";
const dateText = String.raw`\d{4,}-\d{2}-\d{2}`;
const timeText = String.raw`\d{2}:\d{2}:\d{2}(\.\d{1,6})?`;

/** PostgreSQL's text output of each type (ISO dates, UTC), as the backup writes it. */
const typePatterns: Record<string, RegExp> = {
  int2: /^-?\d{1,5}$/,
  int4: /^-?\d{1,10}$/,
  int8: /^-?\d{1,19}$/,
  numeric: /^(-?\d+(\.\d+)?|NaN|-?Infinity)$/,
  bool: /^[tf]$/,
  date: new RegExp(`^(${dateText}( BC)?${infinite})$`),
  timestamp: new RegExp(`^(${dateText} ${timeText}( BC)?${infinite})$`),
  timestamptz: new RegExp(`^(${dateText} ${timeText}[+-]\\d{2}(:\\d{2}){0,2}( BC)?${infinite})$`),
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
};

function firstMessage(error: z.ZodError) {
  const issue = error.issues[0];
  return issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}

function jsonColumn(app: z.ZodType | undefined) {
  return z.string().superRefine((text, ctx) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: "custom", message: "not valid JSON" });
      return;
    }
    const checked = app?.safeParse(value);
    if (checked && !checked.success)
      ctx.addIssue({ code: "custom", message: firstMessage(checked.error) });
  });
}

/** The app's schema must accept the text as stored, not merely after trimming or lower-casing it. */
function textColumn(pattern: RegExp | undefined, app: z.ZodType | undefined) {
  const typed = pattern
    ? z.string().regex(pattern, { error: "not in the form PostgreSQL writes this type" })
    : z.string();
  if (!app) return typed;
  return typed.superRefine((text, ctx) => {
    const checked = app.safeParse(text);
    if (!checked.success) ctx.addIssue({ code: "custom", message: firstMessage(checked.error) });
    else if (checked.data !== text)
      ctx.addIssue({ code: "custom", message: "not in the form the portal stores it" });
  });
}

function columnSchema(table: string, column: Column): z.ZodType<string | null> {
  const app = appSchemas[table]?.[column.name];
  const value = column.labels
    ? z.enum(column.labels as [string, ...string[]], {
        error: `not one of ${column.labels.join(", ")}`,
      })
    : column.typeName === "jsonb" || column.typeName === "json"
      ? jsonColumn(app)
      : textColumn(typePatterns[column.typeName], app);
  return column.notNull ? value : value.nullable();
}

/** Checks one row (values in the file's column order); answers the problem in words, or null. */
export function rowCheckFor(
  table: Table,
  columns: string[],
): (row: (string | null)[]) => string | null {
  const byName = new Map(table.columns.map((column) => [column.name, column]));
  const schema = z.tuple(
    columns.map((name) => columnSchema(table.name, byName.get(name)!)) as [
      z.ZodType<string | null>,
      ...z.ZodType<string | null>[],
    ],
  );
  return (row) => {
    const checked = schema.safeParse(row);
    if (checked.success) return null;
    const issue = checked.error.issues[0];
    const column = typeof issue.path[0] === "number" ? columns[issue.path[0]] : undefined;
    return column ? `column ${column}: ${issue.message}` : issue.message;
  };
}

const documentSchemas = new Map(
  Object.values(contentAreas).map((area) => [
    area.adapter.entityType as string,
    area.adapter.schema,
  ]),
);

/**
 * Whether a working copy's document passes its form's schema today. A draft that does not (saved
 * under older rules, or restored from an old revision) is still restored: the app keeps such
 * drafts too and asks the editor to correct them before publishing, so refusing would lose work.
 */
export function draftPassesItsForm(entityType: string | null, data: string | null): boolean {
  const schema = entityType ? documentSchemas.get(entityType) : undefined;
  if (!schema || data === null) return false;
  return schema.safeParse(JSON.parse(data)).success;
}
