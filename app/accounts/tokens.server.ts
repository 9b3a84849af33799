import { createHmac, randomBytes } from "node:crypto";
import { sessionSecret } from "../config.server";

/** 256 bits of randomness, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are stored only as an HMAC keyed by SESSION_SECRET, so a copy of the database cannot be replayed. */
export function hashToken(token: string): string {
  return createHmac("sha256", sessionSecret()).update(token).digest("base64url");
}
