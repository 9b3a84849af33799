import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const template = process.env.VV_TEST_TEMPLATE_DB;
if (!template) throw new Error("The test template database was not made: run the tests with `npm run test:unit`.");

const dir = mkdtempSync(path.join(tmpdir(), "vv-file-"));
const file = path.join(dir, "test.sqlite");
copyFileSync(template, file);
process.env.DATABASE_URL = file;
process.env.NODE_ENV = "test";
process.env.SESSION_SECRET ??= "test-secret-that-is-long-enough-for-the-check";
