/**
 * A local stand-in for GOV.UK Notify's REST API (v2), for tests, the e2e run and the demo: nothing leaves the
 * machine. It checks what Notify checks, answers in Notify's error shape (`{ status_code, errors: [{ error, message }] }`)
 * and records what it received so tests can assert on it:
 * - Authorization: `Bearer <JWT>`, HS256, `iss` a known service id, `iat` within 30 seconds, signed with the secret
 *   of one of that service's keys (a revoked key is refused, as a wrong one is: 403 AuthError).
 * - POST /v2/notifications/sms and /email: the body schema (no unknown properties), a known template of that type,
 *   personalisation holding every placeholder of the template (and nothing the template does not use: Notify ignores
 *   extras, this stand-in refuses them so our code cannot leak data into a message), reference, sms_sender_id /
 *   email_reply_to_id of the service.
 * - GET /v2/notifications/{id}, GET /v2/notifications?reference=…, GET /v2/template/{id},
 *   GET /v2/received-text-messages.
 * - Statuses: created → sending → the final one chosen by `outcomeFor` (delivered unless told), one step per read.
 * - 429 (a per-second limit, or forced), forced 5xx, and a "lost answer" (accepted, then the connection is cut).
 * Start it with `startNotifyStandIn()`; it listens on 127.0.0.1 on a free port.
 */
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type NotifyStatus = "created" | "sending" | "delivered" | "permanent-failure" | "temporary-failure" | "technical-failure";
export type StandInTemplate = { id: string; type: "sms" | "email"; name: string; subject?: string; body: string };
export type ReceivedRequest = { method: string; path: string; serviceId: string | null; body: unknown; status: number };
type Stored = {
  id: string;
  serviceId: string;
  type: "sms" | "email";
  recipient: string;
  reference: string | null;
  templateId: string;
  personalisation: Record<string, unknown>;
  body: string;
  status: NotifyStatus;
  reads: number;
  createdAt: string;
};
type Forced = { status: number; lose?: boolean; /** Only for requests of this method (default: any). */ method?: "GET" | "POST" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEND_PROPERTIES = {
  sms: ["phone_number", "template_id", "personalisation", "reference", "sms_sender_id"],
  email: ["email_address", "template_id", "personalisation", "reference", "email_reply_to_id", "one_click_unsubscribe_url"],
};

/** The placeholders a Notify template uses: `((name))`, and `((name??text))` for optional ones. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\(\(([^()?]+)(\?\?[^()]*)?\)\)/g)].map((match) => match[1].trim()))];
}

export type StandInOptions = {
  /** Requests per second per service before 429 RateLimitError; default unlimited. */
  ratePerSecond?: number;
  /** The clock the stand-in checks `iat` against (tests with a fake clock pass theirs). */
  now?: () => number;
  /** A fixed port (the e2e server is told it before the stand-in starts); default a free one. */
  port?: number;
};

export async function startNotifyStandIn(options: StandInOptions = {}) {
  const now = options.now ?? (() => Date.now());
  const serviceId = randomUUID();
  const keys = new Map<string, { name: string; secret: string; revoked: boolean }>();
  const addKey = (name: string) => {
    const secret = randomUUID();
    keys.set(secret, { name, secret, revoked: false });
    return `${name}-${serviceId}-${secret}`;
  };
  const apiKey = addKey("victim-voice-live");
  const smsSenderId = randomUUID();
  const emailReplyToId = randomUUID();
  const templates = new Map<string, StandInTemplate>();
  const addTemplate = (template: Omit<StandInTemplate, "id">) => {
    const id = randomUUID();
    templates.set(id, { id, ...template });
    return id;
  };
  const notifications = new Map<string, Stored>();
  const received: ReceivedRequest[] = [];
  const receivedTexts: { id: string; user_number: string; content: string; created_at: string }[] = [];
  const forced: Forced[] = [];
  let outcomeFor: (recipient: string) => NotifyStatus = () => "delivered";
  let window: { second: number; count: number } = { second: 0, count: 0 };

  const fail = (response: ServerResponse, status: number, error: string, message: string) =>
    json(response, status, { status_code: status, errors: [{ error, message }] });

  function authenticate(request: IncomingMessage): { serviceId: string } | { status: number; error: string; message: string } {
    const header = request.headers.authorization;
    if (!header || !header.startsWith("Bearer "))
      return { status: 401, error: "AuthError", message: "Unauthorized: authentication token must be provided" };
    const parts = header.slice(7).split(".");
    if (parts.length !== 3)
      return { status: 403, error: "AuthError", message: "Invalid token: signature, api token is not valid" };
    const [head, payload, signature] = parts;
    let decodedHead: { alg?: string; typ?: string };
    let claims: { iss?: unknown; iat?: unknown };
    try {
      decodedHead = JSON.parse(Buffer.from(head, "base64url").toString("utf8")) as typeof decodedHead;
      claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as typeof claims;
    } catch {
      return { status: 403, error: "AuthError", message: "Invalid token: signature, api token is not valid" };
    }
    if (decodedHead.alg !== "HS256")
      return { status: 403, error: "AuthError", message: "Invalid token: algorithm used is not HS256" };
    if (typeof claims.iss !== "string")
      return { status: 403, error: "AuthError", message: "Invalid token: iss field not provided" };
    if (typeof claims.iat !== "number")
      return { status: 403, error: "AuthError", message: "Invalid token: iat field not provided" };
    if (claims.iss !== serviceId) return { status: 403, error: "AuthError", message: "Invalid token: service not found" };
    if (Math.abs(now() / 1000 - claims.iat) > 30)
      return { status: 403, error: "AuthError", message: "Error: Your system clock must be accurate to within 30 seconds" };
    const given = Buffer.from(signature, "base64url");
    for (const key of keys.values()) {
      const expected = createHmac("sha256", key.secret).update(`${head}.${payload}`).digest();
      if (expected.length === given.length && timingSafeEqual(expected, given)) {
        if (key.revoked) return { status: 403, error: "AuthError", message: "Invalid token: API key revoked" };
        return { serviceId };
      }
    }
    return { status: 403, error: "AuthError", message: "Invalid token: API key not found" };
  }

  function view(stored: Stored) {
    // Each read moves a message one step on, as Notify's would over time.
    const final = outcomeFor(stored.recipient);
    if (stored.reads > 0 && stored.status === "created") stored.status = "sending";
    else if (stored.reads > 0 && stored.status === "sending") stored.status = final;
    stored.reads += 1;
    return {
      id: stored.id,
      reference: stored.reference,
      type: stored.type,
      status: stored.status,
      template: { id: stored.templateId, version: 1, uri: `/v2/template/${stored.templateId}` },
      body: stored.body,
      created_at: stored.createdAt,
      ...(stored.type === "sms" ? { phone_number: stored.recipient } : { email_address: stored.recipient }),
    };
  }

  function send(type: "sms" | "email", body: unknown, service: string, response: ServerResponse, lose: boolean) {
    if (!body || typeof body !== "object" || Array.isArray(body))
      return fail(response, 400, "ValidationError", "Invalid JSON supplied in POST data");
    const input = body as Record<string, unknown>;
    for (const name of Object.keys(input))
      if (!SEND_PROPERTIES[type].includes(name))
        return fail(response, 400, "ValidationError", `Additional properties are not allowed (${name} was unexpected)`);
    const to = type === "sms" ? input.phone_number : input.email_address;
    const field = type === "sms" ? "phone_number" : "email_address";
    if (to === undefined) return fail(response, 400, "ValidationError", `${field} is a required property`);
    if (input.template_id === undefined) return fail(response, 400, "ValidationError", "template_id is a required property");
    if (typeof input.template_id !== "string" || !UUID.test(input.template_id))
      return fail(response, 400, "ValidationError", "template_id is not a valid UUID");
    if (typeof to !== "string")
      return fail(response, 400, "ValidationError", `${field} ${JSON.stringify(to)} is not of type string`);
    if (type === "sms" && !/^\+?[\d\s()-]{8,20}$/.test(to))
      return fail(response, 400, "ValidationError", "phone_number Not a valid phone number");
    if (type === "email" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to))
      return fail(response, 400, "ValidationError", "email_address Not a valid email address");
    if (input.reference !== undefined && (typeof input.reference !== "string" || input.reference.length > 1000))
      return fail(response, 400, "ValidationError", "reference is not of type string");
    const personalisation = input.personalisation ?? {};
    if (typeof personalisation !== "object" || personalisation === null || Array.isArray(personalisation))
      return fail(response, 400, "ValidationError", `personalisation ${JSON.stringify(personalisation)} is not of type object`);
    const sender = type === "sms" ? input.sms_sender_id : input.email_reply_to_id;
    if (sender !== undefined) {
      const name = type === "sms" ? "sms_sender_id" : "email_reply_to_id";
      if (typeof sender !== "string" || !UUID.test(sender))
        return fail(response, 400, "ValidationError", `${name} is not a valid UUID`);
      if (sender !== (type === "sms" ? smsSenderId : emailReplyToId))
        return fail(
          response,
          400,
          "BadRequestError",
          type === "sms"
            ? `sms_sender_id ${sender} does not exist in database for service id ${service}`
            : `email_reply_to_id ${sender} does not exist in database for service id ${service}`,
        );
    }
    const template = templates.get(input.template_id);
    if (!template) return fail(response, 400, "BadRequestError", "Template not found");
    if (template.type !== type)
      return fail(response, 400, "BadRequestError", `${template.type} template is not suitable for ${type} notification`);
    const wanted = placeholders(`${template.subject ?? ""} ${template.body}`);
    const given = personalisation as Record<string, unknown>;
    const missing = wanted.filter((name) => !(name in given));
    if (missing.length) return fail(response, 400, "BadRequestError", `Missing personalisation: ${missing.join(", ")}`);
    const extra = Object.keys(given).filter((name) => !wanted.includes(name));
    if (extra.length)
      return fail(response, 400, "BadRequestError", `Personalisation not used by the template: ${extra.join(", ")}`);
    const fill = (text: string) =>
      text.replace(/\(\(([^()?]+)(\?\?[^()]*)?\)\)/g, (_, name: string) => String(given[name.trim()] ?? ""));
    const stored: Stored = {
      id: randomUUID(),
      serviceId: service,
      type,
      recipient: to,
      reference: typeof input.reference === "string" ? input.reference : null,
      templateId: template.id,
      personalisation: { ...given },
      body: fill(template.body),
      status: "created",
      reads: 0,
      createdAt: new Date(now()).toISOString(),
    };
    notifications.set(stored.id, stored);
    if (lose) {
      response.socket?.destroy();
      return 201;
    }
    return json(response, 201, {
      id: stored.id,
      reference: stored.reference,
      content:
        type === "sms"
          ? { body: stored.body, from_number: "VictimVoice" }
          : { body: stored.body, subject: fill(template.subject ?? ""), from_email: "service@notifications.service.gov.uk" },
      uri: `/v2/notifications/${stored.id}`,
      template: { id: template.id, version: 1, uri: `/v2/template/${template.id}` },
    });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<number> {
    const url = new URL(request.url ?? "/", "http://stand-in");
    const auth = authenticate(request);
    if ("status" in auth) return fail(response, auth.status, auth.error, auth.message);
    const second = Math.floor(now() / 1000);
    if (window.second !== second) window = { second, count: 0 };
    window.count += 1;
    const at = forced.findIndex((answer) => !answer.method || answer.method === request.method);
    const force = at >= 0 ? forced.splice(at, 1)[0] : undefined;
    if (force && !force.lose) {
      if (force.status === 429)
        return fail(response, 429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds");
      return fail(response, force.status, "Exception", "Internal server error");
    }
    if (options.ratePerSecond && window.count > options.ratePerSecond)
      return fail(
        response,
        429,
        "RateLimitError",
        `Exceeded rate limit for key type LIVE of ${options.ratePerSecond * 60} requests per 60 seconds`,
      );
    const path = url.pathname;
    if (request.method === "POST" && (path === "/v2/notifications/sms" || path === "/v2/notifications/email")) {
      let body: unknown;
      try {
        body = JSON.parse(await readBody(request));
      } catch {
        return fail(response, 400, "ValidationError", "Invalid JSON supplied in POST data");
      }
      const status = send(path.endsWith("sms") ? "sms" : "email", body, auth.serviceId, response, Boolean(force?.lose));
      received.push({ method: "POST", path, serviceId: auth.serviceId, body, status });
      return status;
    }
    if (request.method !== "GET") return fail(response, 405, "BadRequestError", "Method not allowed");
    received.push({ method: "GET", path: `${path}${url.search}`, serviceId: auth.serviceId, body: null, status: 200 });
    const one = /^\/v2\/notifications\/([^/]+)$/.exec(path);
    if (one) {
      if (!UUID.test(one[1])) return fail(response, 400, "ValidationError", "notification_id is not a valid UUID");
      const stored = notifications.get(one[1]);
      if (!stored) return fail(response, 404, "NoResultFound", "No result found");
      return json(response, 200, view(stored));
    }
    if (path === "/v2/notifications") {
      const reference = url.searchParams.get("reference");
      const found = [...notifications.values()]
        .filter((stored) => reference === null || stored.reference === reference)
        .reverse();
      return json(response, 200, { notifications: found.map(view), links: { current: `${path}${url.search}` } });
    }
    const template = /^\/v2\/template\/([^/]+)$/.exec(path);
    if (template) {
      if (!UUID.test(template[1])) return fail(response, 400, "ValidationError", "id is not a valid UUID");
      const found = templates.get(template[1]);
      if (!found) return fail(response, 404, "NoResultFound", "No result found");
      return json(response, 200, {
        id: found.id,
        type: found.type,
        name: found.name,
        version: 1,
        body: found.body,
        subject: found.subject ?? null,
        created_at: new Date(now()).toISOString(),
      });
    }
    if (path === "/v2/received-text-messages") {
      const olderThan = url.searchParams.get("older_than");
      const newestFirst = [...receivedTexts].reverse();
      const start = olderThan ? newestFirst.findIndex((text) => text.id === olderThan) + 1 : 0;
      const page = newestFirst.slice(start, start + 250);
      return json(response, 200, {
        received_text_messages: page.map((text) => ({ ...text, service_id: serviceId, notify_number: "07700900000" })),
        links: {
          current: `${path}${url.search}`,
          ...(page.length === 250 ? { next: `${path}?older_than=${page[page.length - 1].id}` } : {}),
        },
      });
    }
    return fail(response, 404, "NoResultFound", "No result found");
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => fail(response, 500, "Exception", "Internal server error"));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    serviceId,
    apiKey,
    smsSenderId,
    emailReplyToId,
    /** Another key of the same service (e.g. to revoke). */
    addKey,
    revokeKey: (key: string) => {
      const found = keys.get(key.slice(-36));
      if (found) found.revoked = true;
    },
    /** A key of the right shape that this service never issued. */
    unknownKey: () => `victim-voice-live-${serviceId}-${randomUUID()}`,
    addTemplate,
    templates,
    received,
    notifications,
    /** The next answers, whatever the request: a status (429 or 5xx), or `lose` (accepted, then the connection cut). */
    force: (...answers: Forced[]) => forced.push(...answers),
    setOutcome: (rule: (recipient: string) => NotifyStatus) => {
      outcomeFor = rule;
    },
    /** A reply to the service's inbound number. */
    receiveText: (userNumber: string, content: string) =>
      receivedTexts.push({ id: randomUUID(), user_number: userNumber, content, created_at: new Date(now()).toISOString() }),
    sent: () => received.filter((request) => request.method === "POST" && request.status === 201),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type NotifyStandIn = Awaited<ReturnType<typeof startNotifyStandIn>>;

function json(response: ServerResponse, status: number, body: unknown): number {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
  return status;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1_000_000) reject(new Error("too large"));
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** Templates holding our own message texts (the locales), as an organisation would set them up in Notify. */
export function addOurTemplates(
  standIn: NotifyStandIn,
  texts: Record<"en" | "cy", { sms: string; emailSubject: string; emailBody: string }>,
) {
  return {
    smsTemplateEn: standIn.addTemplate({ type: "sms", name: "Invitation (English)", body: texts.en.sms }),
    smsTemplateCy: standIn.addTemplate({ type: "sms", name: "Invitation (Welsh)", body: texts.cy.sms }),
    emailTemplateEn: standIn.addTemplate({
      type: "email",
      name: "Invitation (English)",
      subject: texts.en.emailSubject,
      body: texts.en.emailBody,
    }),
    emailTemplateCy: standIn.addTemplate({
      type: "email",
      name: "Invitation (Welsh)",
      subject: texts.cy.emailSubject,
      body: texts.cy.emailBody,
    }),
  };
}
