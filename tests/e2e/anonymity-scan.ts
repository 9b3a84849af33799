/**
 * After every browser run (Playwright's global teardown): the whole database file and its write-ahead log, every
 * text stored in every table, and everything the server printed are scanned for what would identify a respondent — an IP address, a browser's
 * user agent, a time of day beside a response. Real browsers (Chromium, from 127.0.0.1, with its own user agent)
 * answered surveys during the run, so anything the app kept about them would be here. Any hit fails the run.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";

const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/;
const IPV6_LOOPBACK = /(?:^|[^:\w])::1(?:$|[^:\w])|::ffff:/i;
const AGENTS = ["HeadlessChrome", "Mozilla/5.0", "AppleWebKit", "Chrome/"];
const TIME_OF_DAY = /\b\d{1,2}:\d{2}(?::\d{2})?\b|\d{4}-\d{2}-\d{2}T\d{2}/;

export default function anonymityScan() {
  const file = process.env.E2E_DATABASE;
  const log = process.env.E2E_SERVER_LOG;
  if (!file || !existsSync(file) || !log) throw new Error("anonymity scan: the run's database or server log is missing");
  const problems: string[] = [];

  // 1. The raw bytes: the database, its write-ahead log and shared memory (recent writes may be only in the log).
  let bytes = 0;
  for (const part of [file, `${file}-wal`, `${file}-shm`].filter(existsSync)) {
    const text = readFileSync(part).toString("latin1");
    bytes += text.length;
    for (const agent of AGENTS) if (text.includes(agent)) problems.push(`${part} contains a user agent (${agent})`);
  }

  // 2. What respondents left: no address, agent or time of day in any response or saved draft.
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const rows = [
    ...(db.prepare("select * from responses").all() as Record<string, unknown>[]),
    ...(db.prepare("select * from resume_drafts").all() as Record<string, unknown>[]),
  ];
  const responses = (db.prepare("select count(*) as n from responses").get() as { n: number }).n;
  // Every text in every table: a bare address anywhere (web addresses staff typed, such as a link to an accessibility
  // statement on this machine, are not a person's address and are left out).
  let values = 0;
  const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    for (const row of db.prepare(`select * from "${name}"`).raw().all() as unknown[][]) {
      for (const value of row) {
        if (typeof value !== "string") continue;
        values += 1;
        const bare = value.replace(/\bhttps?:\/\/[^\s"']+/g, "");
        if (IPV4.test(bare) || IPV6_LOOPBACK.test(bare)) problems.push(`${name} holds an address: ${bare.slice(0, 120)}`);
      }
    }
  }
  db.close();
  for (const row of rows) {
    const text = JSON.stringify(row);
    if (IPV4.test(text) || IPV6_LOOPBACK.test(text))
      problems.push(`a response or draft holds an address: ${IPV4.exec(text)?.[0] ?? "::1"}`);
    if (TIME_OF_DAY.test(text)) problems.push(`a response or draft holds a time of day: ${TIME_OF_DAY.exec(text)?.[0]}`);
  }

  // 3. The server's output: no address or agent at all, and no respondent request logged one by one.
  const output = existsSync(log) ? readFileSync(log, "utf8") : "";
  const lines = output.split("\n").filter(Boolean);
  for (const line of lines) {
    if (IPV4.test(line) || IPV6_LOOPBACK.test(line)) problems.push(`server log line holds an address: ${line.slice(0, 200)}`);
    for (const agent of AGENTS)
      if (line.includes(agent)) problems.push(`server log line holds a user agent: ${line.slice(0, 200)}`);
    if (/"route":"\/(s|o)\//.test(line)) problems.push(`server log line records a respondent request: ${line.slice(0, 200)}`);
  }

  // What the browser tests watched (tests/e2e/fixtures.ts writes one line per test: requests, requests that left).
  const watched = join(dirname(log), "requests.log");
  const tally = (existsSync(watched) ? readFileSync(watched, "utf8") : "")
    .split("\n")
    .filter(Boolean)
    .map((line) => line.split(" ").map(Number));
  console.log(
    `third-party requests: ${tally.reduce((sum, [n]) => sum + n, 0)} browser requests watched in ${tally.length} tests, ` +
      `${tally.reduce((sum, [, off]) => sum + off, 0)} to another origin`,
  );
  console.log(
    `anonymity scan: ${(bytes / 1_048_576).toFixed(1)} MB of database scanned for user agents, ${values} stored texts for ` +
      `addresses, ${responses} responses and ` +
      `${rows.length - responses} drafts checked, ${lines.length} server log lines; ${problems.length} problems`,
  );
  if (problems.length) throw new Error(`anonymity scan failed:\n${problems.slice(0, 20).join("\n")}`);
}
