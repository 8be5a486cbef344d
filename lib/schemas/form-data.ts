// Turns a plain form post into the nested object the Zod schemas expect: "title.en" →
// { title: { en } }, "participants.0.side" → { participants: [{ side }] }, and fields that
// repeat (checkboxes) listed in `arrays` → string[]. Rows left entirely blank are dropped,
// so a form can offer spare rows without JavaScript.
//
// Every field name is chosen by whoever posts the form, so the shape is bounded before any
// object is built: a name such as "participants.4294967294.side" once made an array of four
// billion slots and froze the server. A post outside these bounds is refused as a whole; the
// values inside them are the schemas' business (each field has its own maximum).
// The same parser runs in the browser (the form's own check) and on the server (every action).

export const FORM_LIMITS = {
  /** Entries in one post, Next's own "$ACTION_…" fields included. */
  fields: 1_000,
  /** Characters in one field name ("participants.12.organisation.en" is 31). */
  nameLength: 100,
  /** Segments in one field name ("participants.0.title.en" is 4). */
  depth: 4,
  /** Rows in one list, and values in one checkbox group: a form has at most tens. */
  rows: 100,
  /** Characters in one value, above every field's own maximum. */
  valueLength: 20_000,
  /** Characters in the whole post (Next refuses bodies over 1 MB before this runs). */
  totalLength: 1_000_000,
} as const;

export type ParsedForm =
  { ok: true; data: Record<string, unknown> } | { ok: false; message: string };

const refuse = (reason: string): ParsedForm => ({
  ok: false,
  message: `This form could not be read: ${reason}. Reload the page and try again.`,
});

// These segments would reach Object.prototype and change every object in the process.
const unsafeKeys = new Set(["__proto__", "constructor", "prototype"]);
// A row number: 0 to rows - 1, written without leading zeros.
const rowIndex = /^(0|[1-9]\d{0,2})$/;

class Refused extends Error {}

export function parseFormData(form: unknown, arrays: readonly string[] = []): ParsedForm {
  if (!(form instanceof FormData)) return refuse("it is not a form post");
  try {
    return { ok: true, data: dropBlankRows(build(form, arrays)) as Record<string, unknown> };
  } catch (error) {
    if (error instanceof Refused) return refuse(error.message);
    throw error;
  }
}

function build(form: FormData, arrays: readonly string[]) {
  const root: Record<string, unknown> = {};
  let fields = 0;
  let total = 0;
  for (const [name, raw] of form.entries()) {
    if (++fields > FORM_LIMITS.fields) throw new Refused("it has too many fields");
    if (name.length > FORM_LIMITS.nameLength) throw new Refused("a field name is too long");
    if (typeof raw !== "string") continue; // no form of ours uploads files
    if (raw.length > FORM_LIMITS.valueLength)
      throw new Refused("a field is far longer than any field allows");
    if ((total += raw.length) > FORM_LIMITS.totalLength) throw new Refused("it is too large");
    // PostgreSQL cannot store this character in text, and no keyboard types it.
    if (raw.includes("\u0000")) throw new Refused("a field contains a NUL character");
    if (name.startsWith("$")) continue; // Next's own fields ($ACTION_ID_…)
    const parts = name.split(".");
    if (arrays.includes(parts[0])) {
      if (parts.length > 1) throw new Refused("its field names do not fit together");
      const list = (root[name] ??= []) as string[];
      if (list.length >= FORM_LIMITS.rows) throw new Refused("a list has too many choices");
      if (raw) list.push(raw);
      continue;
    }
    place(root, parts, raw);
  }
  for (const name of arrays) root[name] ??= [];
  return root;
}

/** Puts `value` at the path, refusing paths that are too deep, out of bounds or clash with another field. */
function place(root: Record<string, unknown>, parts: string[], value: string) {
  if (parts.length > FORM_LIMITS.depth) throw new Refused("a field name is nested too deeply");
  if (parts.some((part) => part === "" || unsafeKeys.has(part))) return;
  let node: Record<string, unknown> | unknown[] = root;
  parts.forEach((part, i) => {
    const key = keyIn(node, part);
    if (i === parts.length - 1) {
      if (isContainer(own(node, key))) throw new Refused("its field names do not fit together");
      (node as Record<string, unknown>)[key] = value;
      return;
    }
    let next = own(node, key);
    if (next === undefined)
      next = (node as Record<string, unknown>)[key] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    if (!isContainer(next)) throw new Refused("its field names do not fit together");
    node = next;
  });
}

/** The key for `part` inside `node`: a row number in a list, a name in an object. */
function keyIn(node: Record<string, unknown> | unknown[], part: string): string {
  const numeric = /^\d+$/.test(part);
  if (Array.isArray(node)) {
    if (!numeric) throw new Refused("its field names do not fit together");
    if (!rowIndex.test(part) || Number(part) >= FORM_LIMITS.rows)
      throw new Refused("a list has too many rows");
    return part;
  }
  if (numeric) throw new Refused("its field names do not fit together");
  return part;
}

const own = (node: object, key: string) =>
  Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] =>
  typeof value === "object" && value !== null;

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.every(isBlank);
  if (typeof value === "object") return Object.values(value).every(isBlank);
  return false;
}

function dropBlankRows(value: unknown): unknown {
  // Rows are at most FORM_LIMITS.rows long, so walking them (holes included) is cheap.
  if (Array.isArray(value))
    return Array.from(value)
      .filter((row) => !isBlank(row))
      .map(dropBlankRows);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, dropBlankRows(v)]));
  }
  return value;
}

/** Zod issues keyed by field path ("participants.0.personId"), the first message for each. */
export function fieldErrors(
  issues: { path: PropertyKey[]; message: string }[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    errors[key] ??= issue.message;
  }
  return errors;
}
