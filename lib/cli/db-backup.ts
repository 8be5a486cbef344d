// npm run db:backup -- FILE: every record of the portal (DATABASE_URL, or the embedded database,
// also while `npm start` runs) into one gzip file only its owner can read. See lib/backup/format.ts.
import { writeBackup } from "../backup/write";
import { provideDatabase } from "../ops/embedded-postgres";
import { runBackupCommand } from "./backup-command";

await runBackupCommand(
  "Usage: npm run db:backup -- FILE   (e.g. backups/portal-$(date +%F).ndjson.gz)",
  async (file) => {
    const database = await provideDatabase();
    try {
      const summary = await writeBackup(database.url, file);
      const rows = Object.values(summary.counts).reduce((sum, count) => sum + count, 0);
      console.log(
        `Wrote ${file}: ${rows.toLocaleString("en")} rows of ${Object.keys(summary.counts).length} tables, ` +
          `${(summary.bytes / 1024).toLocaleString("en", { maximumFractionDigits: 0 })} KB, at migration ${summary.migration}. ` +
          "Only you can read it (mode 0600); keep a copy on another machine.",
      );
    } finally {
      await database.stop();
    }
  },
);
