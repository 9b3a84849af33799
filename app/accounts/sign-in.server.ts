import { config } from "../config.server";
import { verifyPassword } from "./password.server";
import { FailureCounter } from "./rate-limit.server";
import { findUserForSignIn, recordSignIn } from "./users.server";

const windowMs = () => config().SIGNIN_WINDOW_MINUTES * 60_000;
const perAccount = new FailureCounter(() => config().SIGNIN_MAX_FAILURES_PER_ACCOUNT, windowMs);
const perAddress = new FailureCounter(() => config().SIGNIN_MAX_FAILURES_PER_ADDRESS, windowMs);

export type SignInResult = { ok: true; userId: number } | { ok: false; reason: "failed" | "blocked" };

/**
 * Checks an e-mail and password, counting failures per account and per
 * address. `clientKey` is a salted hash of the address made by the HTTP
 * server; neither it nor the address is stored.
 */
export async function attemptSignIn(email: string, password: string, clientKey: string): Promise<SignInResult> {
  const accountKey = `account:${email}`;
  const addressKey = `address:${clientKey}`;
  if (perAccount.isBlocked(accountKey) || perAddress.isBlocked(addressKey)) return { ok: false, reason: "blocked" };
  const user = findUserForSignIn(email);
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid) {
    perAccount.recordFailure(accountKey);
    perAddress.recordFailure(addressKey);
    return { ok: false, reason: "failed" };
  }
  perAccount.clear(accountKey);
  recordSignIn(user.id, user.organisationId);
  return { ok: true, userId: user.id };
}
