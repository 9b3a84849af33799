/**
 * The official GOV.UK Notify client, always pointed at NOTIFY_BASE_URL (the local stand-in in tests and the demo),
 * and what its answers mean to us. Errors are read by status and Notify's error type, never by message text, and
 * nothing here logs a recipient or a key.
 */
import { NotifyClient } from "notifications-node-client";
import { config } from "../config.server";
import { parseApiKey } from "./api-key";

export function notifyClient(apiKey: string): NotifyClient {
  return new NotifyClient(config().NOTIFY_BASE_URL, apiKey.trim());
}

export type NotifyFailure =
  /** No answer (network, timeout, connection cut): Notify may or may not have the message. */
  | { kind: "unknown" }
  | { kind: "rate-limited"; retryAfterSeconds: number | null }
  | { kind: "server"; status: number }
  | { kind: "refused-key" }
  | { kind: "rejected"; status: number; error: string };

type AxiosLike = {
  response?: { status?: number; headers?: Record<string, unknown>; data?: { errors?: { error?: string }[] } };
};

export function classifyFailure(error: unknown): NotifyFailure {
  const response = (error as AxiosLike | null)?.response;
  const status = response?.status;
  if (!status) return { kind: "unknown" };
  if (status === 429) {
    const header = Number(response.headers?.["retry-after"]);
    return { kind: "rate-limited", retryAfterSeconds: Number.isFinite(header) && header > 0 ? header : null };
  }
  if (status >= 500) return { kind: "server", status };
  if (status === 401 || status === 403) return { kind: "refused-key" };
  return { kind: "rejected", status, error: response.data?.errors?.[0]?.error ?? "Error" };
}

export type KeyCheck =
  | { ok: true; keyName: string }
  | { ok: false; problem: "format" | "refused" | "unreachable" }
  | { ok: false; problem: "template-missing" | "template-wrong-type" | "template-placeholders"; field: string };

export type TemplateToCheck = { field: string; id: string; medium: "sms" | "email"; check?: (body: string) => boolean };

/**
 * Asks Notify, with this key, for each template the settings name: proves the key (a refused key is 403) and that
 * every template exists, is of the right kind and holds our placeholders. Saves nothing.
 */
export async function checkNotifyKey(apiKey: string, templates: TemplateToCheck[]): Promise<KeyCheck> {
  const parts = parseApiKey(apiKey);
  if (!parts) return { ok: false, problem: "format" };
  const client = notifyClient(apiKey);
  try {
    if (templates.length === 0) await client.getNotifications();
    for (const template of templates) {
      let found: { type: string; body: string; subject?: string | null };
      try {
        found = (await client.getTemplateById(template.id)).data as typeof found;
      } catch (error) {
        const status = (error as AxiosLike).response?.status;
        if (status === 404 || status === 400) return { ok: false, problem: "template-missing", field: template.field };
        throw error;
      }
      if (found.type !== template.medium) return { ok: false, problem: "template-wrong-type", field: template.field };
      if (template.check && !template.check(`${found.subject ?? ""}\n${found.body}`))
        return { ok: false, problem: "template-placeholders", field: template.field };
    }
  } catch (error) {
    const failure = classifyFailure(error);
    return { ok: false, problem: failure.kind === "refused-key" ? "refused" : "unreachable" };
  }
  return { ok: true, keyName: parts.keyName };
}
