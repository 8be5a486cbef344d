// `prisma generate` never runs the schema engine, but the CLI insists on finding one
// before it starts; any existing file satisfies it (PLATFORM.md). The client it writes
// runs on @prisma/adapter-pg with the WASM query compiler, no native engine.
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
