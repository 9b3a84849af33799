/**
 * `npm run backup -- <file>`: a consistent online backup of DATABASE_URL,
 * safe while the app is serving (SQLite's backup API, not a file copy).
 */
import { backupDatabase } from "../app/operations/backup.server";
import { closeDb } from "./client";

const target = process.argv[2];
if (!target || target.startsWith("-")) {
  console.error("Say where to write the backup: npm run backup -- backups/victim-voice.sqlite");
  process.exit(2);
}
try {
  const { bytes } = await backupDatabase(target);
  console.log(
    `Backed up ${process.env.DATABASE_URL ?? "data/victim-voice.sqlite"} to ${target} (${Math.round(bytes / 1024)} KiB).`,
  );
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  closeDb();
}
