import argon2 from "argon2";

/**
 * argon2id with OWASP's minimum recommended cost (19 MiB, 2 passes, 1 lane):
 * strong enough for staff accounts and quick enough for a 2-core server.
 */
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    // Spend the same time as a real check so timing does not reveal which e-mail addresses exist.
    await argon2.hash(password, options);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
