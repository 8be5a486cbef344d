// The production web server as plain JavaScript. Run under tsx, every module the server
// imports, and every `import()` Next makes while serving (it imports its cache handler on each
// request), crosses to tsx's loader thread: about 8% of a busy server's time in a CPU profile
// (README "Benchmarks"). So `npm run build` also bundles lib/server/serve.ts with esbuild, the
// compiler tsx itself runs, and production servers run the bundle with plain Node; `npm run dev`
// keeps tsx for its reloads.
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { projectRoot } from "./schema-engine";

// Two folders below the project root, as lib/server/serve.ts is, so that the paths our code
// resolves from import.meta.dirname (the project root, the build folder) stay the same.
const bundleDir = path.join(projectRoot, ".next/portal-server");
export const serverBundle = path.join(bundleDir, "serve.mjs");

// Packages stay outside the bundle, loaded by Node from node_modules as under tsx. Next has
// no `exports` map, so Node's ESM resolver needs the file name that tsx used to find for it.
const nextSubpaths: Plugin = {
  name: "next-subpaths",
  setup(build) {
    build.onResolve({ filter: /^next\/[\w/-]+$/ }, ({ path }) => ({
      path: `${path}.js`,
      external: true,
    }));
  },
};

// Our plain JavaScript modules (the cache handlers and their tag store) are the files Next
// itself imports while serving: kept outside too, so each process loads them once.
const sharedJavaScript: Plugin = {
  name: "shared-javascript",
  setup(build) {
    build.onResolve({ filter: /\.js$/ }, ({ path: specifier, resolveDir }) => {
      if (!specifier.startsWith(".")) return undefined;
      const fromBundle = path.relative(bundleDir, path.resolve(resolveDir, specifier));
      return { path: fromBundle.startsWith(".") ? fromBundle : `./${fromBundle}`, external: true };
    });
  },
};

/** Bundles the web server's entry point and our code under it into .next/portal-server. */
export async function bundleWebServer(): Promise<void> {
  await build({
    absWorkingDir: projectRoot,
    entryPoints: ["lib/server/serve.ts"],
    outdir: bundleDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // serve.ts sets NODE_ENV before it imports the rest: a separate chunk keeps that order.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    plugins: [nextSubpaths, sharedJavaScript],
    sourcemap: true,
    logLevel: "warning",
  });
}
