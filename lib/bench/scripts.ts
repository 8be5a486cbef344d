// The JavaScript a page adds on top of Next's own runtime, read from the build a server runs:
// every client chunk the page's HTML names (its <script> tags and the chunks its React payload
// lists for client components), less Next's runtime (the build manifest's root main files and
// polyfills) and less the chunks that hold only Next's own client components (layout router,
// error boundaries: the client-reference manifests say which modules each chunk holds). What
// remains holds our client components and what they import (next/link, next-intl), counted
// whole: an upper bound of "our code", compressed as a CDN or nginx would send it.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { brotliCompressSync, gzipSync } from "node:zlib";
import type { PageSize } from "./report";

export interface PageScripts extends PageSize {
  /** The chunks counted, by file name. */
  chunks: string[];
}

interface ClientManifest {
  clientModules: Record<string, { chunks: string[] }>;
}

const chunkName = (reference: string) =>
  /static\/chunks\/([A-Za-z0-9_.-]+\.js)/.exec(reference)?.[1] ?? null;
const isNext = (module: string) => module.startsWith("[project]/node_modules/next/");

/** Reads the build once; `measure(html)` then sizes one page's own JavaScript. */
export function scriptSizer(nextDir: string) {
  const build = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
    polyfillFiles: string[];
  };
  const runtime = new Set([...build.rootMainFiles, ...build.polyfillFiles].map(chunkName));
  // Chunk → the client modules it holds, over every route's manifest.
  const modules = new Map<string, Set<string>>();
  for (const manifest of clientManifests(path.join(nextDir, "server/app"))) {
    for (const [module, { chunks }] of Object.entries(manifest.clientModules)) {
      for (const chunk of chunks.map(chunkName))
        if (chunk)
          modules.set(
            chunk,
            (modules.get(chunk) ?? new Set()).add(module.replace(/ <module evaluation>$/, "")),
          );
    }
  }
  const nextOnly = (chunk: string) =>
    [...(modules.get(chunk) ?? [])].every(isNext) && modules.has(chunk);
  const sizes = new Map<string, PageSize>();
  const sizeOf = (chunk: string) => {
    if (!sizes.has(chunk)) {
      const raw = readFileSync(path.join(nextDir, "static/chunks", chunk));
      sizes.set(chunk, {
        raw: raw.length,
        gzip: gzipSync(raw).length,
        brotli: brotliCompressSync(raw).length,
      });
    }
    return sizes.get(chunk)!;
  };
  return (html: string): PageScripts => {
    const named = new Set(
      [...html.matchAll(/static\/chunks\/[A-Za-z0-9_.-]+\.js/g)].map((match) =>
        chunkName(match[0])!,
      ),
    );
    const chunks = [...named].filter((chunk) => !runtime.has(chunk) && !nextOnly(chunk)).sort();
    const total = { raw: 0, gzip: 0, brotli: 0 };
    for (const size of chunks.map(sizeOf))
      for (const key of ["raw", "gzip", "brotli"] as const) total[key] += size[key];
    return { ...total, chunks };
  };
}

/** Every route's client-reference manifest (`globalThis.__RSC_MANIFEST[route] = {…}` scripts). */
function clientManifests(dir: string): ClientManifest[] {
  const found: ClientManifest[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith("_client-reference-manifest.js")) continue;
    // The script assigns to its own global: the sandbox.
    const sandbox: { __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
    runInNewContext(readFileSync(path.join(entry.parentPath, entry.name), "utf8"), sandbox);
    found.push(...Object.values(sandbox.__RSC_MANIFEST ?? {}));
  }
  return found;
}
