// A readable field-by-field difference between two versions of a document, for the
// revision history and for telling an editor what someone else changed.

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const label = (path: string) =>
  path
    .replace(/\.(en|vi|ja)$/, (_, lang: string) => ` (${{ en: "English", vi: "Vietnamese", ja: "Japanese" }[lang]})`)
    .replace(/\.(\d+)\./g, (_, i: string) => ` ${Number(i) + 1}: `)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/^./, (c) => c.toUpperCase());

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "(empty)";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>) {
  if (Array.isArray(value)) {
    out.set(`${prefix}#count`, value.length);
    value.forEach((item, i) => flatten(item, `${prefix}.${i}`, out));
  } else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
}

export function diffDocuments(before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(before ?? {}, "", a);
  flatten(after ?? {}, "", b);
  const changes: FieldChange[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    if (path.endsWith("#count")) continue;
    const x = a.get(path);
    const y = b.get(path);
    if (show(x) !== show(y)) changes.push({ field: label(path), before: show(x), after: show(y) });
  }
  return changes;
}
