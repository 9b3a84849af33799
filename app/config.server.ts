import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";

const intFromEnv = (fallback: number, min: number) => z.coerce.number().int().min(min).default(fallback);

const envFields = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: intFromEnv(3000, 0),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z.string().min(1).default("data/victim-voice.sqlite"),
  /** Set when a reverse proxy terminates TLS, so X-Forwarded-* is believed (express "trust proxy"). */
  TRUST_PROXY: z.string().optional(),
  SESSION_HOURS: intFromEnv(12, 1),
  SIGNIN_WINDOW_MINUTES: intFromEnv(15, 1),
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: intFromEnv(5, 1),
  SIGNIN_MAX_FAILURES_PER_ADDRESS: intFromEnv(30, 1),
  PASSWORD_SETUP_DAYS: intFromEnv(7, 1),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
  /** Bearer token for GET /metrics; unset means /metrics is off. */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** Folder for scheduled backups; unset means no scheduled backups. */
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_INTERVAL_HOURS: intFromEnv(24, 1),
  BACKUP_KEEP: intFromEnv(7, 1),
  /** /readyz fails when the database's disk has less free space than this. */
  READY_MIN_FREE_MB: intFromEnv(100, 0),
  /** Maintenance: the app reads but never writes (every save is refused kindly, and /readyz fails). */
  DATABASE_READ_ONLY: z
    .enum(["true", "false", "1", "0"], { message: "must be true or false" })
    .default("false")
    .transform((value) => value === "true" || value === "1"),
  /** The database file never grows past this many megabytes: a write that needs more is refused kindly, nothing half-written. */
  DATABASE_MAX_MB: z.coerce.number().positive().optional(),
  /** Keys the hashes of session and set-up tokens. Generated into the data folder when unset. */
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The address respondents use (for distribution links and QR codes), e.g. https://voice.example.police.uk. */
  PUBLIC_URL: z.string().url("must be a full address such as https://voice.example.org").optional(),
  /**
   * Pepper for sealing "save and come back later" drafts: the key of each draft is derived from the respondent's
   * code and this. Generated into the data folder when unset; kept apart from database backups.
   */
  RESUME_DRAFT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** How many days a "save and come back later" code works. */
  RESUME_DAYS: intFromEnv(14, 1),
  /**
   * Survey submissions and saves accepted per client address per hour, counted in memory. High, because refuges,
   * victim hubs and mobile networks put many people behind one address; each journey has its own, lower limit.
   */
  RESPONDENT_MAX_PER_ADDRESS_PER_HOUR: intFromEnv(1000, 1),
  /** Submissions and saves accepted per survey journey (one person's way through a survey) per hour. */
  RESPONDENT_MAX_PER_JOURNEY_PER_HOUR: intFromEnv(20, 1),
  /** Writes per address per hour from forms whose journey this server did not issue (hand-made or very old ones). */
  RESPONDENT_MAX_UNISSUED_PER_ADDRESS_PER_HOUR: intFromEnv(30, 1),
  /** Wrong "carry on" codes per client address per hour (right ones are not counted). */
  RESPONDENT_MAX_RESUME_FAILURES_PER_ADDRESS_PER_HOUR: intFromEnv(30, 1),
  /** Submissions accepted per survey per minute, across everyone (a burst after a text campaign fits well under it). */
  RESPONDENT_MAX_PER_SURVEY_PER_MINUTE: intFromEnv(600, 1),
  /** GOV.UK Notify's API address; tests and the demo point it at the local stand-in. */
  NOTIFY_BASE_URL: z
    .string()
    .url("must be a full address such as https://api.notifications.service.gov.uk")
    .default("https://api.notifications.service.gov.uk"),
  /** Messages sent to Notify per second at most, across the installation (Notify allows 3,000 a minute per service). */
  NOTIFY_MESSAGES_PER_SECOND: z.coerce.number().positive().max(50).default(20),
  /** How often the sending worker looks for due messages, delivery receipts and replies, in seconds. */
  NOTIFY_POLL_SECONDS: z.coerce.number().positive().default(30),
  /** How long the sending worker waits between two looks at a sent message's delivery status, in seconds. */
  NOTIFY_RECEIPT_SECONDS: z.coerce.number().positive().default(300),
  /**
   * Seals organisations' Notify API keys and keys the hashes of opt-outs and contacts. Generated into the data folder
   * when unset; kept apart from database backups. Changing it makes saved keys unreadable and the opt-out list unmatched.
   */
  NOTIFY_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /**
   * Tests only: the instant (e.g. 2026-12-08T21:00:00Z) the sending worker's clock starts at, running on from there,
   * so the e2e tests can prove quiet hours. Refused unless NOTIFY_BASE_URL is this machine (the local Notify
   * stand-in), so no installation that sends real messages can run with a fake clock.
   */
  NOTIFY_FAKE_NOW: z
    .string()
    .datetime({ offset: true, message: "must be a date and time such as 2026-12-08T21:00:00Z" })
    .optional(),
});

const envSchema = envFields.superRefine((env, context) => {
  if (env.NOTIFY_FAKE_NOW && !["127.0.0.1", "localhost", "[::1]"].includes(new URL(env.NOTIFY_BASE_URL).hostname))
    context.addIssue({
      code: "custom",
      path: ["NOTIFY_FAKE_NOW"],
      message: "is for tests against the local Notify stand-in only (NOTIFY_BASE_URL must be 127.0.0.1 or localhost)",
    });
});

export type Config = z.infer<typeof envSchema>;

let cached: Config | undefined;

/** Reads the environment once; a wrong setting stops the app with one line naming it. */
export function config(): Config {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Configuration error: ${issue.path.join(".")}: ${issue.message}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change the environment between cases. */
export function resetConfigForTests() {
  cached = undefined;
  secrets.clear();
}

const secrets = new Map<string, string>();

/**
 * A secret from the environment, or one generated on first run and kept in a file beside the database (so it
 * survives restarts), with a warning that says so. An in-memory database gets a fresh one per process.
 */
function secretSetting(setting: "SESSION_SECRET" | "RESUME_DRAFT_SECRET" | "NOTIFY_SECRET", fileName: string): string {
  const known = secrets.get(setting);
  if (known) return known;
  const fromEnv = config()[setting];
  if (fromEnv) return remember(setting, fromEnv);
  const url = config().DATABASE_URL;
  const file = url.startsWith("file:") ? url.slice(5) : url;
  if (file === ":memory:") return remember(setting, randomBytes(32).toString("hex"));
  const path = join(dirname(resolve(file)), fileName);
  if (existsSync(path)) return remember(setting, readFileSync(path, "utf8").trim());
  mkdirSync(dirname(path), { recursive: true });
  const made = randomBytes(32).toString("hex");
  writeFileSync(path, made, { mode: 0o600 });
  console.warn(`${setting} is not set: generated one and kept it in ${path}. Set ${setting} to manage it yourself.`);
  return remember(setting, made);
}

function remember(setting: string, value: string) {
  secrets.set(setting, value);
  return value;
}

/** SESSION_SECRET: keys the hashes of session and set-up tokens. */
export function sessionSecret(): string {
  return secretSetting("SESSION_SECRET", "session-secret");
}

/**
 * RESUME_DRAFT_SECRET: the pepper in every draft's key. Without it (and the respondent's code) no saved draft can
 * be read, so it lives apart from the database and its backups, and must be backed up on its own: losing it loses
 * the drafts in progress (never a submitted response).
 */
export function draftSecret(): string {
  return secretSetting("RESUME_DRAFT_SECRET", "resume-draft-secret");
}

/** NOTIFY_SECRET: seals Notify API keys and keys the opt-out and contact hashes (app/notify/secrets.server.ts). */
export function notifySecret(): string {
  return secretSetting("NOTIFY_SECRET", "notify-secret");
}
