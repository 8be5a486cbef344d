import { readFileSync } from "node:fs";
import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants.js";

const here = import.meta.dirname;

// next-intl reads its per-request configuration (language and messages) from this file.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The deployment id is fixed at build (lib/ops/build.ts passes NEXT_DEPLOYMENT_ID, which
// Next prefers to this setting); a starting server reads it back from the build's stamp,
// so every server of one build reports the same id without being told.
function builtDeploymentId() {
  try {
    return JSON.parse(readFileSync(path.join(here, ".next/portal-build.json"), "utf8"))
      .deploymentId;
  } catch {
    return undefined;
  }
}

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  return withNextIntl({
    // Public pages are prerendered and cached ('use cache' + cacheTag); a publish
    // invalidates exactly the tags it touched. See README "Rendering and caching".
    cacheComponents: true,
    partialPrefetching: true,
    // isrFlushToDisk: pages rendered after the build (a publish, a choice of filters) stay in
    // memory only, in Next's bounded LRU (lib/cache/page-cache-handler.js says why).
    experimental: { globalNotFound: true, isrFlushToDisk: false },
    poweredByHeader: false,
    // Next would hash and gzip every page on every request; the web server does both once per
    // cached page instead, and compresses the rest itself (lib/server/cached-page.ts).
    generateEtags: false,
    compress: false,
    typedRoutes: false,
    deploymentId: phase === PHASE_PRODUCTION_SERVER ? builtDeploymentId() : undefined,
    // Caches whose invalidations reach every server, and survive restarts, through
    // PostgreSQL (lib/cache). `next dev` keeps Next's defaults.
    ...(phase !== PHASE_DEVELOPMENT_SERVER && {
      cacheHandler: path.join(here, "lib/cache/page-cache-handler.js"),
      cacheHandlers: {
        default: path.join(here, "lib/cache/use-cache-handler.js"),
        remote: path.join(here, "lib/cache/use-cache-handler.js"),
      },
    }),
  });
}
