import { readFileSync } from "node:fs";
import path from "node:path";

/** A condition under which Next renders a static page afresh instead of sending the build's copy. */
export interface BypassRule {
  type: string;
  key: string;
  value?: string;
}

interface ManifestRoute {
  compute?: string;
  response?: string;
  experimentalBypassFor?: BypassRule[];
}

/**
 * The complete pages the build prerendered (the prerender manifest marks them compute
 * "static"), each with its bypass rules. Empty where there is no build (`next dev`).
 */
export function readStaticRoutes(distDir: string): Map<string, BypassRule[]> {
  let routes: Record<string, ManifestRoute> = {};
  try {
    routes = (
      JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as {
        routes: Record<string, ManifestRoute>;
      }
    ).routes;
  } catch {
    // no build yet
  }
  return new Map(
    Object.entries(routes)
      .filter(([, route]) => route.compute === "static" && route.response === "complete")
      .map(([route, entry]) => [route, entry.experimentalBypassFor ?? []]),
  );
}

let prerendered: Map<string, BypassRule[]> | undefined;

/** Whether the build in this folder prerendered this address. Read once per process. */
export function isPrerendered(pathname: string): boolean {
  prerendered ??= readStaticRoutes(path.join(process.cwd(), ".next"));
  return prerendered.has(pathname);
}
