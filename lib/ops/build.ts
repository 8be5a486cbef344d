// One production build that any number of servers can run (README "Several servers").
// Every server of a build must agree on two things Next.js fixes at build time:
// - the deployment id (`deploymentId`, from NEXT_DEPLOYMENT_ID while building): clients
//   send it with every navigation and server action, and a server of another build makes
//   them reload instead of failing on an unknown action. next.config.js reads it back from
//   the stamp when a server starts, so servers need no setting for it.
// - the server-actions key: Next reads NEXT_SERVER_ACTIONS_ENCRYPTION_KEY at build (or
//   makes one and keeps it in .next/cache for 14 days) and writes it into the build's
//   server-reference manifest; at run time it uses NEXT_SERVER_ACTIONS_ENCRYPTION_KEY if
//   set, otherwise the manifest's. Servers that run one copy of a build therefore share
//   it; set the variable only when building on several machines, then at build only.
import { spawnSync } from "node:child_process";
import {
  databaseIdentity,
  deploymentIdFor,
  removeBuildStamp,
  sourceHash,
  whyBuild,
  writeBuildStamp,
} from "./build-stamp";
import { projectRoot } from "./schema-engine";
import { bundleWebServer } from "./server-bundle";

/** `next build`, without a stamp: what it builds is never taken for the build of `npm start`. */
export async function runNextBuild(env: Record<string, string>): Promise<boolean> {
  await removeBuildStamp();
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  return result.status === 0;
}

/** Builds (prerendering from `databaseUrl`) and stamps the build. */
export async function build(databaseUrl: string): Promise<boolean> {
  const hash = await sourceHash();
  const deploymentId = deploymentIdFor(hash);
  if (!(await runNextBuild({ DATABASE_URL: databaseUrl, NEXT_DEPLOYMENT_ID: deploymentId })))
    return false;
  await bundleWebServer();
  const database = await databaseIdentity(databaseUrl);
  await writeBuildStamp({
    sourceHash: hash,
    database,
    deploymentId,
    builtAt: new Date().toISOString(),
  });
  return true;
}

/** Builds only when .next is missing, or was built from other code or another database. */
export async function buildIfStale(
  databaseUrl: string,
  options: { force?: boolean } = {},
): Promise<boolean> {
  const reason = options.force
    ? "a build was asked for"
    : await whyBuild(await sourceHash(), await databaseIdentity(databaseUrl));
  if (!reason) {
    console.log("The build is up to date with the code: not rebuilding.");
    return true;
  }
  console.log(`Building (${reason}).`);
  return build(databaseUrl);
}
