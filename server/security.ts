import { createHmac, randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

/** Never written anywhere: restarting the server forgets every client key. */
const salt = randomBytes(32);

/** A salted hash of the client's address, for in-memory rate limits only. */
export function clientKey(address: string | undefined): string {
  return createHmac("sha256", salt)
    .update(address ?? "unknown")
    .digest("base64url")
    .slice(0, 22);
}

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    // SurveyJS sets its theme variables and layout through style attributes. Attribute styles cannot load
    // anything or run script; <style> elements still need the nonce.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    // Our own survey preview frames itself; nobody else may frame any page.
    "frame-ancestors 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

export function securityHeaders(options: { csp: boolean }) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    if (options.csp) res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
    res.setHeader("X-Content-Type-Options", "nosniff");
    // Nothing about where a person was ever leaves for another site (the exit destination included); our own
    // pages still get an honest Origin on form posts, which the cross-site check and Remix both read.
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    next();
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery defence (docs/decisions/0002-csrf.md): a state-changing
 * request must come from our own origin, by the Origin header or, failing that,
 * Sec-Fetch-Site. Session cookies are also SameSite=Lax.
 *
 * Browsers send `Origin: null` for a plain form post from a page whose
 * Referrer-Policy is no-referrer (and in some privacy modes), so "null" alone
 * proves nothing either way: Sec-Fetch-Site then decides, and without it the
 * post is refused.
 */
export function isCrossSiteWrite(
  method: string,
  host: string | undefined,
  origin: string | undefined,
  fetchSite: string | undefined,
): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (origin && origin !== "null") {
    try {
      return new URL(origin).host !== host;
    } catch {
      return true;
    }
  }
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  return origin === "null";
}

export function rejectCrossSiteWrites(req: Request, res: Response, next: NextFunction) {
  if (isCrossSiteWrite(req.method, req.headers.host, req.headers.origin, req.headers["sec-fetch-site"] as string | undefined)) {
    delete req.headers.origin;
    if (refuseInAnswerPage(req, res, next, 403, "crossSite")) return;
    res.status(403).type("text/plain").send("This form was sent from another site, so it was not accepted.");
    return;
  }
  // A "null" origin that Sec-Fetch-Site showed to be our own: Remix would refuse it as a mismatch, so drop it.
  if (req.headers.origin === "null") delete req.headers.origin;
  next();
}

/** How much of an oversize body is read and dropped before the connection is cut. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/** Why a write was refused before the app saw it. */
export type RefusalKind = "tooLarge" | "notForm" | "unreadable" | "crossSite";

declare module "express-serve-static-core" {
  interface Locals {
    /** Set instead of a bare refusal page when a survey's answer page can say it kindly (see refuseInAnswerPage). */
    refused?: { status: number; kind: RefusalKind };
  }
}

/** The one respondent address that takes forms: a survey's answer page. */
export const ANSWER_PATH = /^\/s\/[^/]+\/answer\/?$/;

/**
 * A refused write to a survey's answer page is not answered with a bare page: the app renders its own refusal in the
 * respondent layout (Exit this page, 999, support, the person's language, a way back). The body is dropped and the
 * app sees an empty form with the reason beside it. True when that is what happens.
 */
function refuseInAnswerPage(req: Request, res: Response, next: NextFunction, status: number, kind: RefusalKind): boolean {
  if (!ANSWER_PATH.test(req.path) || res.headersSent) return false;
  res.locals.refused = { status, kind };
  res.locals.body = Buffer.alloc(0);
  req.headers["content-type"] = "application/x-www-form-urlencoded";
  delete req.headers["content-length"];
  next();
  return true;
}

/** The language a bare refusal page opens in: the address's, else the saved preference's, else English. */
function welshFirst(req: Request): boolean {
  const asked = typeof req.query.lng === "string" ? req.query.lng : "";
  if (asked === "cy" || asked === "en") return asked === "cy";
  return /(?:^|;\s*)lng=cy(?:;|$)/.test(req.headers.cookie ?? "");
}

/** A short page in both languages, the person's first: what happened, that nothing was taken in, and 999. */
function refusal(req: Request, res: Response, status: number, english: string, welsh: string) {
  const cyFirst = welshFirst(req);
  // One h1, in the person's language first; the other language's heading is an h2 under it.
  const [enLevel, cyLevel] = cyFirst ? ["h2", "h1"] : ["h1", "h2"];
  const en =
    `<${enLevel} lang="en">${english}</${enLevel}><p lang="en">Nothing was saved. Go back to the form and try again with less.</p>` +
    `<p lang="en">If you are in danger now, call 999.</p>`;
  const cy =
    `<${cyLevel} lang="cy">${welsh}</${cyLevel}><p lang="cy">Ni chafodd dim ei gadw. Ewch yn ôl i'r ffurflen a rhowch gynnig arall arni gyda llai.</p>` +
    `<p lang="cy">Os ydych mewn perygl nawr, ffoniwch 999.</p>`;
  res.status(status);
  res
    .type("html")
    .send(
      `<!doctype html><html lang="${cyFirst ? "cy" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${cyFirst ? welsh : english}</title></head><body><main>${cyFirst ? cy + en : en + cy}</main></body></html>`,
    );
}

const refuseNotForm = (req: Request, res: Response, next: NextFunction) =>
  refuseInAnswerPage(req, res, next, 415, "notForm") ||
  refusal(req, res, 415, "That was not sent as a form", "Ni chafodd hynny ei anfon fel ffurflen");

declare module "express-serve-static-core" {
  interface Locals {
    /** The request body, read in full (never more than the limit) before anything parses it. */
    body?: Buffer;
  }
}

/**
 * Reads a write's body before the app sees it: a declared or actual size over
 * the limit gets 413 without the body being parsed (chunked bodies are counted
 * as they arrive), a body that is not a form gets 415, and a form that cannot
 * be parsed gets 400. Routes only ever parse well-formed forms of bounded size.
 */
export function readBody(maxBytes: number) {
  /**
   * The rest of an oversize body is read and dropped (up to a bound), so the sender gets the 413 page rather than a
   * connection reset halfway through its upload; a sender that keeps going past the bound is cut off.
   */
  const tooLarge = (req: Request, res: Response, next: NextFunction, alreadyRead: number) => {
    let dropped = alreadyRead;
    req.on("data", (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > DRAIN_LIMIT_BYTES) req.socket.destroy();
    });
    req.resume();
    if (refuseInAnswerPage(req, res, next, 413, "tooLarge")) return;
    refusal(req, res, 413, "That was too large to send", "Roedd hynny'n rhy fawr i'w anfon");
  };
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method.toUpperCase())) return next();
    const declared = req.headers["content-length"];
    if (declared !== undefined && Number(declared) > maxBytes) {
      if (Number(declared) > DRAIN_LIMIT_BYTES) res.setHeader("Connection", "close");
      return tooLarge(req, res, next, 0);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        refused = true;
        req.off("data", onData);
        tooLarge(req, res, next, size);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("error", () => {
      refused = true;
    });
    req.on("end", () => {
      if (refused) return;
      const body = Buffer.concat(chunks);
      res.locals.body = body;
      const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
      if (body.length === 0) {
        // An empty write (a bare sign-out, a button with no fields) is an empty form; an empty body declared as
        // something else is not a form at all.
        if (type && !FORM_TYPES.has(type)) return refuseNotForm(req, res, next);
        if (!type || type === "multipart/form-data") req.headers["content-type"] = "application/x-www-form-urlencoded";
        return next();
      }
      if (!FORM_TYPES.has(type)) return refuseNotForm(req, res, next);
      if (type === "application/x-www-form-urlencoded") return next();
      new globalThis.Request("http://localhost/", {
        method: "POST",
        body,
        headers: { "Content-Type": req.headers["content-type"]! },
      })
        .formData()
        .then(
          () => next(),
          () =>
            refuseInAnswerPage(req, res, next, 400, "unreadable") ||
            refusal(req, res, 400, "That form could not be read", "Nid oedd modd darllen y ffurflen honno"),
        );
    });
  };
}
