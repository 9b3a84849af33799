/**
 * The limit of the bare stack, for comparison: node:http and one prepared
 * better-sqlite3 insert of the posted body (WAL, synchronous=NORMAL), nothing
 * else. Run as a child process: `node --import tsx baseline-server.ts <db file>`;
 * prints "listening <port>".
 */
import { createServer } from "node:http";
import Database from "better-sqlite3";

const db = new Database(process.argv[2]);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.exec("create table if not exists submissions (id integer primary key, body text not null)");
const insert = db.prepare("insert into submissions (body) values (?)");

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    insert.run(Buffer.concat(chunks).toString("utf8"));
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end("ok");
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
