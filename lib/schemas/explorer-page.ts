import { ExplorerQuery, explorerLimits } from "./explorer";
import { searchParamsObject } from "./query-string";

/** What the explorer shows at its bare address: Japan's registered capital in both provinces. */
export const defaultExplorerPlaces = ["bac-ninh", "nghe-an"];

/** Which part of a choice could not be used, for a message in the page's language. */
export type ExplorerProblem = "place" | "counterpart" | "measure" | "years" | "convert" | "unknown";

const fields = ["place", "counterpart", "measure", "from", "to", "convert"] as const;

/** The choice as the form shows it back: whatever was valid in the address, field by field. */
export interface ExplorerFormValues {
  place: string[];
  counterpart?: string;
  measure?: string;
  from?: number;
  to?: number;
  convert?: string;
}

/** A GET form sends empty fields ("from=") for "any": they mean "not chosen". */
function withoutEmpty(params: Record<string, string | string[] | undefined>) {
  const object = searchParamsObject(params);
  for (const [name, value] of Object.entries(object)) {
    const kept = Array.isArray(value) ? value.filter(Boolean) : value;
    if (kept.length === 0) delete object[name];
    else object[name] = Array.isArray(kept) && kept.length === 1 ? kept[0] : kept;
  }
  return object;
}

/**
 * The explorer page's query string, parsed with the one ExplorerQuery schema its downloads
 * use. The bare address shows a default choice; anything else is taken as it is, and when some
 * of it cannot be used the page says which part (and keeps the rest in the form), never a 500.
 */
export function parseExplorerPage(params: Record<string, string | string[] | undefined>) {
  const object = withoutEmpty(params);
  const bare = Object.keys(searchParamsObject(params)).length === 0;
  const parsed = ExplorerQuery.safeParse(bare ? { place: defaultExplorerPlaces } : object);
  if (parsed.success) {
    const { place, counterpart, measure, from, to, convert } = parsed.data;
    return {
      query: parsed.data,
      problems: [] as ExplorerProblem[],
      unknown: [] as string[],
      form: { place, counterpart, measure, from, to, convert } as ExplorerFormValues,
    };
  }
  const problems = new Set<ExplorerProblem>();
  const unknown: string[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      problems.add("unknown");
      unknown.push(...issue.keys);
    } else {
      const field = issue.path[0];
      problems.add(field === "from" || field === "to" ? "years" : (field as ExplorerProblem));
    }
  }
  return { query: null, problems: [...problems], unknown, form: formValues(object) };
}

/** Each field on its own, so the form keeps what was right when something else was wrong. */
function formValues(object: Record<string, string | string[]>): ExplorerFormValues {
  const shape = ExplorerQuery.shape;
  const form: ExplorerFormValues = { place: [] };
  const places = object.place === undefined ? [] : ([] as string[]).concat(object.place);
  form.place = places
    .filter((slug) => shape.place.safeParse([slug]).success)
    .slice(0, explorerLimits.places);
  for (const name of fields) {
    if (name === "place") continue;
    const value = object[name];
    const parsed = typeof value === "string" ? shape[name].safeParse(value) : null;
    if (parsed?.success) Object.assign(form, { [name]: parsed.data });
  }
  return form;
}
