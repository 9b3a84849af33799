import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";

/** Migrates one template database; each test file works on its own copy (tests/setup/per-file.ts). */
export default function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), "vv-test-"));
  const template = path.join(dir, "template.sqlite");
  const db = openDatabase(template);
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  process.env.VV_TEST_TEMPLATE_DB = template;
  return () => rmSync(dir, { recursive: true, force: true });
}
