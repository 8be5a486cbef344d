// Which of the build's routes would answer an address, from Next's routes manifest: static
// routes first, then the dynamic ones in the order Next tries them (catch-alls last). Lets the
// web server tell an address no page claims but a catch-all (a missing page) before Next
// renders it. Empty where there is no build (`next dev`): every address is left to Next.
import { readFileSync } from "node:fs";
import path from "node:path";
import { isLocale } from "../i18n/config";

interface ManifestRoute {
  page: string;
  regex: string;
}

let routes: { page: string; regex: RegExp }[] | undefined;

function readRoutes(distDir: string) {
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(distDir, "routes-manifest.json"), "utf8"),
    ) as Record<"staticRoutes" | "dynamicRoutes", ManifestRoute[]>;
    return [...manifest.staticRoutes, ...manifest.dynamicRoutes].map(({ page, regex }) => ({
      page,
      regex: new RegExp(regex),
    }));
  } catch {
    return [];
  }
}

/** The route (as `/[locale]/meetings/[slug]`) that would answer this address, if any. Read once per process. */
function matchedRoute(pathname: string): string | undefined {
  routes ??= readRoutes(path.join(process.cwd(), ".next"));
  return routes.find((route) => route.regex.test(pathname))?.page;
}

/**
 * No page of the build claims this address but a catch-all: one under a language that no page
 * has (/vi/nowhere), or one whose first segment is no language (/nowhere, /xx/provinces/…).
 * False without a build.
 */
export function onlyCatchAllClaims(pathname: string): boolean {
  const route = matchedRoute(pathname);
  if (!route) return false;
  return (
    route.endsWith("/[...rest]") ||
    (route.startsWith("/[locale]") && !isLocale(pathname.split("/")[1]))
  );
}
