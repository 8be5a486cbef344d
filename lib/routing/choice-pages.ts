// The commitments list, the explorer and search take their choice from the query string, which
// makes a page render per request. The web server routes every clean choice (the bare address
// included) to a static page of that choice instead, cached per segment until a publish expires
// it (app/[locale]/{commitments,explorer,search}-filtered/[filter]); the address stays. A choice
// the page has something to say about (an ignored parameter, an impossible combination, a search
// too short or too long) is left to the per-request page, which says it.
import { notFound } from "next/navigation";
import { locales, type Locale } from "../i18n/config";
import {
  choiceParams,
  choiceSegment,
  emptyChoice,
  type ChoiceEntry,
} from "../schemas/choice-segment";
import { CommitmentFilter } from "../schemas/commitments";
import { parseExplorerPage } from "../schemas/explorer-page";
import { parseFilters } from "../schemas/lenient";
import { queryObject } from "../schemas/query-string";
import { searchLimits } from "../schemas/search";
import { rememberedPerAddress } from "./per-address";

export interface ChoicePage {
  /** The query-string names the choice is made of, in the order the segment spells them. */
  keys: readonly string[];
  /** The segment of a clean choice, or null when the per-request page must answer. */
  segment(params: URLSearchParams): string | null;
  /** The query string a segment spells, when it is not simply its pairs (search's free text). */
  params?(segment: string): URLSearchParams | null;
}

const commitmentKeys = Object.keys(CommitmentFilter.shape);
const explorerKeys = ["place", "counterpart", "measure", "from", "to", "convert"] as const;

export const choicePages = {
  commitments: {
    keys: commitmentKeys,
    segment(params) {
      const { filter, ignored } = parseFilters(CommitmentFilter, queryObject(params));
      if (ignored.length) return null;
      const entries: ChoiceEntry[] = commitmentKeys.flatMap((key) => {
        const value = filter[key as keyof CommitmentFilter];
        return value === undefined ? [] : [[key, String(value)] as const];
      });
      return choiceSegment(entries);
    },
  },
  explorer: {
    keys: explorerKeys,
    segment(params) {
      if (params.size === 0) return emptyChoice; // the default choice, at its own indexed address
      const { query } = parseExplorerPage(queryObject(params));
      if (!query) return null;
      // Places in one order: the same places chosen in another order are the same choice.
      const places = [...new Set(query.place)].sort().map((slug) => ["place", slug] as const);
      const rest = explorerKeys
        .slice(1)
        .flatMap((key) => (query[key] === undefined ? [] : [[key, String(query[key])] as const]));
      return choiceSegment([...places, ...rest]);
    },
  },
  search: {
    keys: ["q"],
    // Free text, spelled in base64url (any character, never "~" or "/"); other parameters are
    // ignored by the page, so they do not make another page either.
    segment(params) {
      const q = params.get("q")?.trim();
      if (q === undefined) return emptyChoice;
      if (q.length < 2 || q.length > searchLimits.queryLength) return null;
      return choiceSegment([["q", Buffer.from(q).toString("base64url")]]);
    },
    params(segment) {
      const text = /^q-([\w-]+)$/.exec(segment)?.[1];
      return text ? new URLSearchParams({ q: Buffer.from(text, "base64url").toString() }) : null;
    },
  },
} satisfies Record<string, ChoicePage>;

export type ChoicePageName = keyof typeof choicePages;

const names = Object.keys(choicePages).join("|");
const address = new RegExp(`^/(${locales.join("|")})/(${names})$`);
const internalAddress = new RegExp(`^/[^/]+/(${names})-filtered(/|$)`);

export interface ChoiceTarget {
  /** The static page that serves the choice. */
  page: string;
  /** The places the choice names: it gets a page of its own only if each is published. */
  places: string[];
}

/** For a commitments, explorer or search address: the static page of its choice, or null for the per-request page. */
export function choiceTarget(pathname: string, search: string): ChoiceTarget | null {
  return address.test(pathname) ? parsedChoice(pathname, search) : null;
}

const parsedChoice = rememberedPerAddress((pathname, search): ChoiceTarget | null => {
  const [, locale, name] = address.exec(pathname) as unknown as [string, Locale, ChoicePageName];
  const params = new URLSearchParams(search);
  params.delete("_rsc"); // the router's own, on client navigations
  // A GET form sends its empty fields ("year="): they choose nothing.
  for (const [key, value] of [...params]) if (value === "") params.delete(key, value);
  const segment = choicePages[name].segment(params);
  if (segment === null) return null;
  const places = [...params]
    .filter(([key]) => key === "place" || key === "province" || key === "partner")
    .map(([, value]) => value);
  return { page: choicePagePath(locale, name, segment), places };
});

export const choicePagePath = (locale: Locale, name: ChoicePageName, segment: string) =>
  `/${locale}/${name}-filtered/${segment}`;

/**
 * The query string a static choice page's segment spells, or null unless that segment is
 * exactly the one its choice gives (so each choice is cached once, under one spelling).
 */
export function choiceFromSegment(name: ChoicePageName, segment: string): URLSearchParams | null {
  const page: ChoicePage = choicePages[name];
  const params =
    segment === emptyChoice
      ? new URLSearchParams()
      : page.params
        ? page.params(segment)
        : choiceParams(segment, page.keys);
  return params && page.segment(params) === segment ? params : null;
}

/** The internal addresses, which only the web server's routing may reach (./reader-routes.ts). */
export const isChoicePage = (pathname: string) => internalAddress.test(pathname);

/** A choice page's prerendered parameters: each language's bare page. */
export const bareChoicePages = () => locales.map((locale) => ({ locale, filter: emptyChoice }));

/** The choice a static choice page's route parameter spells, as a query-string object; 404 for any other spelling. */
export async function choiceFrom(
  name: ChoicePageName,
  params: Promise<{ filter: string }>,
): Promise<Record<string, string | string[]>> {
  const choice = choiceFromSegment(name, (await params).filter);
  if (!choice) notFound();
  return queryObject(choice);
}
