// Which requests Next answers from the build alone, without PostgreSQL: complete prerendered
// pages (the prerender manifest marks them compute "static") and its static assets. Anything
// else may read the database, so the outage gate looks at it first. New routes need no entry
// here: they are gated until the build says they are static.
import { choiceTarget } from "../routing/choice-pages";
import { filteredMeetings, filteredMeetingsPage } from "../routing/filtered-meetings";
import { readStaticRoutes, type BypassRule } from "../routing/prerendered";

type Matcher = (headers: Record<string, string | string[] | undefined>) => boolean;

// Next renders a static page afresh (which may read the database) for some requests: server
// actions, multipart posts, and crawlers that get the whole page at once. Its manifest lists them.
function bypassMatcher(rules: BypassRule[]): Matcher {
  const tests = rules
    .filter((rule) => rule.type === "header")
    .map((rule) => {
      const pattern = rule.value === undefined ? null : new RegExp(`^${rule.value}$`);
      return (headers: Record<string, string | string[] | undefined>) => {
        const value = headers[rule.key.toLowerCase()];
        return typeof value === "string" && (pattern === null || pattern.test(value));
      };
    });
  return (headers) => tests.some((test) => test(headers));
}

export function loadStaticRoutes(distDir: string) {
  const routes = new Map(
    [...readStaticRoutes(distDir)].map(([route, rules]) => [route, bypassMatcher(rules)]),
  );

  /** Whether Next can answer this request from the build, whatever the database is doing. */
  return function servedFromBuild(
    method: string,
    url: URL,
    headers: Record<string, string | string[] | undefined>,
  ): boolean {
    if (url.pathname.startsWith("/_next/static/")) return true;
    if (method !== "GET" && method !== "HEAD") return false;
    // A filtered meetings list, commitments list or explorer choice is served by the static
    // page of its choice (lib/routing/reader-routes.ts): from the build when that page was
    // prerendered (one meetings filter value, the bare commitments and explorer), else it may
    // need the database.
    const filtered = filteredMeetings(url.pathname, url.search);
    const bypass = routes.get(
      filtered
        ? filteredMeetingsPage(filtered)
        : (choiceTarget(url.pathname, url.search)?.page ?? url.pathname),
    );
    return bypass !== undefined && !bypass(headers);
  };
}

export type ServedFromBuild = ReturnType<typeof loadStaticRoutes>;
