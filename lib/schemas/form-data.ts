// Turns a plain form post into the nested object the Zod schemas expect: "title.en" →
// { title: { en } }, "participants.0.side" → { participants: [{ side }] }, and fields that
// repeat (checkboxes) listed in `arrays` → string[]. Rows left entirely blank are dropped,
// so a form can offer spare rows without JavaScript.
// A field name is chosen by whoever posts the form: these segments would reach Object.prototype
// and change every object in the server process.
const unsafeKeys = new Set(["__proto__", "constructor", "prototype"]);

export function formDataToObject(form: FormData, arrays: string[] = []): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const name of arrays) root[name] = form.getAll(name).map(String).filter(Boolean);
  for (const [name, raw] of form.entries()) {
    if (arrays.includes(name) || name.startsWith("$") || typeof raw !== "string") continue;
    const parts = name.split(".");
    if (parts.some((part) => unsafeKeys.has(part))) continue;
    let node: Record<string, unknown> = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = raw;
      else node = (Object.hasOwn(node, part) ? node[part] : (node[part] = /^\d+$/.test(parts[i + 1]) ? [] : {})) as Record<string, unknown>;
    });
  }
  return dropBlankRows(root) as Record<string, unknown>;
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.every(isBlank);
  if (typeof value === "object") return Object.values(value).every(isBlank);
  return false;
}

function dropBlankRows(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((row) => row !== undefined && !isBlank(row)).map(dropBlankRows);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, dropBlankRows(v)]));
  }
  return value;
}

/** Zod issues keyed by field path ("participants.0.personId"), the first message for each. */
export function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    errors[key] ??= issue.message;
  }
  return errors;
}
