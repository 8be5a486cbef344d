// npm run db:restore -- FILE: a backup made by db:backup into an EMPTY database (DATABASE_URL, or
// the embedded one: move the old data folder aside first). Refuses a non-empty database, a file
// from a newer version of the portal, and a damaged or altered file, changing nothing.
import { restoreBackup } from "../backup/restore";
import { provideDatabase } from "../ops/embedded-postgres";
import { invalidateEveryPage } from "../ops/invalidate";
import { runBackupCommand } from "./backup-command";

await runBackupCommand(
  "Usage: npm run db:restore -- FILE   (a file written by npm run db:backup)",
  async (file) => {
    const database = await provideDatabase();
    try {
      const summary = await restoreBackup(database.url, file);
      // Pages built or cached from other data are rendered anew from the restored rows.
      await invalidateEveryPage(database.url);
      const rows = Object.values(summary.counts).reduce((sum, count) => sum + count, 0);
      console.log(
        `Restored ${rows.toLocaleString("en")} rows of ${Object.keys(summary.counts).length} tables from ${file}.`,
      );
      if (summary.laterMigrations.length)
        console.log(
          `Then applied the migrations newer than the backup: ${summary.laterMigrations.join(", ")}.`,
        );
      if (summary.draftsFailingTheirForm) {
        console.log(
          `${summary.draftsFailingTheirForm} drafts do not pass today's form rules; editors are asked to correct them before publishing.`,
        );
      }
      console.log("Staff sign in again: sessions are not part of a backup.");
    } finally {
      await database.stop();
    }
  },
);
