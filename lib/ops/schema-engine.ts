// Prisma's schema engine, loaded as WASM: the CLI's native engine cannot be downloaded
// on these machines (PLATFORM.md). Migrations keep Prisma's own folder layout, so
// `prisma migrate deploy` does the same thing wherever the native engine is available.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { listMigrationNames } from "./migration-names";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");

// Loaded once per process: a second instantiation corrupts the first one's memory.
let engineClass: Promise<typeof SchemaEngine> | undefined;

function loadEngineClass(): Promise<typeof SchemaEngine> {
  engineClass ??= instantiateEngine();
  return engineClass;
}

async function instantiateEngine(): Promise<typeof SchemaEngine> {
  // The package's ESM entry imports a .wasm file, which Node 20 cannot; its exports
  // map hides the files, so load them by path.
  const dir = path.join(projectRoot, "node_modules/@prisma/schema-engine-wasm");
  const bg = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = (await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bg,
  })) as unknown as WebAssembly.WebAssemblyInstantiatedSource;
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg.SchemaEngine;
}

export async function openSchemaEngine(connectionString: string, log = false) {
  const Engine = await loadEngineClass();
  const schema = await readFile(schemaPath, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  const onLog = (line: string) => {
    if (log) console.log(line);
  };
  return Engine.new({ datamodels: [[schemaPath, schema]] }, onLog, adapter);
}

export async function readMigrationList(): Promise<MigrationList> {
  const names = await listMigrationNames(migrationsDir);
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: Error) => ({ tag: "error" as const, value: error.message }),
      );
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

export const noFilters = { externalTables: [], externalEnums: [] };
