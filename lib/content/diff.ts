// A readable field-by-field difference between two versions of a document, for the
// revision history and for telling an editor what someone else changed.

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** Field name → stored value → what the form shows for it ("12" → "Bao Nghe An: …"). */
export type ValueLabels = Record<string, Record<string, string>>;

const languages: Record<string, string> = { en: "English", vi: "Vietnamese", ja: "Japanese" };

/** "participants.0.personId" → "Participants 1: person", "sourceIds" → "Sources", "title.en" → "Title (English)". */
function label(path: string) {
  const text = path
    .replace(/(Id|Slug)s\b/g, "s")
    .replace(/(Id|Slug)\b/g, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/\.(en|vi|ja)$/, (_, lang: string) => ` (${languages[lang]})`)
    .replace(/\.(vi|ja) status$/, (_, lang: string) => ` (${languages[lang]} status)`)
    .replace(/\.(\d+)\./g, (_, i: string) => ` ${Number(i) + 1}: `);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The field a path ends in: "participants.0.personId" → "personId". */
const fieldOf = (path: string) =>
  path
    .split(".")
    .filter((part) => !/^\d+$/.test(part) && !/^(en|vi|ja)$/.test(part))
    .pop() ?? path;

function show(value: unknown, labels: Record<string, string> | undefined): string {
  if (value === undefined || value === null || value === "") return "(empty)";
  if (Array.isArray(value))
    return value.length === 0 ? "(none)" : value.map((item) => show(item, labels)).join("; ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return labels?.[String(value)] ?? String(value);
}

// Lists of plain values (chosen sources, places) stay one field; rows and texts are split up.
function flatten(value: unknown, prefix: string, out: Map<string, unknown>) {
  const isRowList = Array.isArray(value) && value.some((item) => item && typeof item === "object");
  if (isRowList) {
    (value as unknown[]).forEach((item, i) => flatten(item, `${prefix}.${i}`, out));
  } else if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
}

/**
 * A text's stamps (lib/i18n/translation.ts) are bookkeeping the server writes on every save: the
 * change an editor cares about is the text, or its status, not the hashes beside them.
 */
const bookkeeping = /\.(enHash|viStamp|jaStamp)$/;

export function diffDocuments(
  before: unknown,
  after: unknown,
  labels: ValueLabels = {},
): FieldChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(before ?? {}, "", a);
  flatten(after ?? {}, "", b);
  const changes: FieldChange[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    if (bookkeeping.test(path)) continue;
    const names = labels[fieldOf(path)];
    const x = show(a.get(path), names);
    const y = show(b.get(path), names);
    if (x !== y) changes.push({ field: label(path), before: x, after: y });
  }
  return changes;
}
