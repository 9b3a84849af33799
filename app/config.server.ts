import { z } from "zod";

const intFromEnv = (fallback: number, min: number) => z.coerce.number().int().min(min).default(fallback);

const envSchema = z.object({
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
}
