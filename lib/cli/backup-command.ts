// What db:backup and db:restore share: one FILE argument, and refusals reported as a plain
// message with exit code 1 (anything else is a bug and keeps its stack trace).
import path from "node:path";
import { parseArgs } from "node:util";
import { BackupRefused } from "../backup/format";

export async function runBackupCommand(usage: string, run: (file: string) => Promise<void>) {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ allowPositionals: true, strict: true, options: {} }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(1);
  }
  if (positionals.length !== 1) {
    console.error(usage);
    process.exit(1);
  }
  try {
    await run(path.resolve(positionals[0]));
  } catch (error) {
    if (!(error instanceof BackupRefused)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  process.exit(0);
}
