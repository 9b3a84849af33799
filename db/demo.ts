/**
 * `npm run demo`: a fresh demo database with the demo organisation (slug
 * `demo`) and one user per role, then the app. Passwords are made anew on
 * every run and printed here: there are no default passwords.
 */
import { existsSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { closeDb, databasePath, openDatabase } from "./client";
import { DEMO_SERVICE_SLUGS } from "./demo-commissioning";
import { DEMO_SLUG, seedDemo } from "./demo-data";

process.env.DATABASE_URL ??= "data/demo.sqlite";
const file = databasePath(process.env.DATABASE_URL);

/** Only a database that holds nothing but the demo organisation may be wiped. */
function isDemoDatabase(path: string): boolean {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hasTable = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'organisations'").get();
    if (!hasTable) return true;
    const slugs = sqlite.prepare("select slug from organisations").all() as { slug: string }[];
    return slugs.every((row) => row.slug === DEMO_SLUG || DEMO_SERVICE_SLUGS.includes(row.slug));
  } finally {
    sqlite.close();
  }
}

if (file !== ":memory:" && existsSync(file)) {
  if (!isDemoDatabase(file)) {
    console.error(`${file} holds real organisations, so the demo will not replace it. Set DATABASE_URL to another file.`);
    process.exit(1);
  }
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}

const db = openDatabase(process.env.DATABASE_URL);
const { accounts } = await seedDemo(db);
db.$client.close();
closeDb();

const port = process.env.PORT ?? "3000";
console.log(`\nDemo database: ${file}`);
console.log(`Sign in at http://localhost:${port}/sign-in with any of these (passwords are new on every run):\n`);
const width = Math.max(...accounts.map((a) => a.role.length));
for (const account of accounts) console.log(`  ${account.role.padEnd(width)}  ${account.email.padEnd(24)}  ${account.password}`);
console.log("");

await import("../server/start");
