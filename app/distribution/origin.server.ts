import { config } from "../config.server";

/** Where respondents reach the service: PUBLIC_URL when set (behind a proxy the request may say otherwise), else this request's origin. */
export function publicOrigin(request: Request): string {
  const configured = config().PUBLIC_URL;
  return configured ? configured.replace(/\/+$/, "") : new URL(request.url).origin;
}
