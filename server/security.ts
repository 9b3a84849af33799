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
    res.status(403).type("text/plain").send("This form was sent from another site, so it was not accepted.");
    return;
  }
  // A "null" origin that Sec-Fetch-Site showed to be our own: Remix would refuse it as a mismatch, so drop it.
  if (req.headers.origin === "null") delete req.headers.origin;
  next();
}

/** Bodies over the limit are refused before anything parses them. */
export function limitBodySize(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const length = Number(req.headers["content-length"] ?? 0);
    if (length > maxBytes) {
      res.status(413).type("text/plain").send("That was too large to accept.");
      return;
    }
    next();
  };
}
