/**
 * A GOV.UK Notify API key is `{key name}-{service id}-{secret}`: the service id and the secret are UUIDs, and the
 * key name (chosen in Notify, may itself hold hyphens) is everything before them. The official client reads the
 * last 36 characters as the secret and the 36 before the hyphen as the service id; this checks the shape first,
 * so a pasted key of the wrong form gets a clear message instead of a refused request.
 */
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const KEY = new RegExp(`^(.+)-(${UUID})-(${UUID})$`, "i");

export type ApiKeyParts = { keyName: string; serviceId: string; secret: string };

export function parseApiKey(key: string): ApiKeyParts | null {
  const match = KEY.exec(key.trim());
  if (!match) return null;
  const [, keyName, serviceId, secret] = match;
  if (!/^[\w .'-]{1,255}$/.test(keyName)) return null;
  return { keyName, serviceId: serviceId.toLowerCase(), secret: secret.toLowerCase() };
}

export const isUuid = (value: string) => new RegExp(`^${UUID}$`, "i").test(value);
