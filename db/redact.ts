/**
 * `npm run redact -- --since <YYYY-MM-DD>`: re-applies the current redaction rules to every stored response
 * submitted on or after that day, from the kept originals (app/responses/re-redact.server.ts), and says how many
 * answers changed. Audited. Safe to run while the app serves, and to run again.
 */
import { reRedactSince } from "../app/responses/re-redact.server";
import { closeDb } from "./client";

const at = process.argv.indexOf("--since");
const since = at >= 0 ? process.argv[at + 1] : undefined;
if (!since) {
  console.error("Say from which day: npm run redact -- --since 2026-01-01");
  process.exit(2);
}
try {
  const result = reRedactSince(since);
  console.log(
    `Re-redacted ${result.responses} responses submitted since ${since}: ${result.answersChanged} answers in ${result.responsesChanged} responses changed.`,
  );
} catch (error) {
  console.error(`Re-redaction failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  closeDb();
}
