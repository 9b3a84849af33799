import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/http/responses";

/**
 * The organisation's colour as a tiny stylesheet, so pages need no inline
 * styles (the Content-Security-Policy allows none without a nonce, and a
 * client-side navigation cannot carry one).
 */
export function loader({ params }: LoaderFunctionArgs) {
  const colour = params.colour ?? "";
  if (!/^[0-9a-f]{6}$/.test(colour)) notFound();
  return new Response(`:root{--vv-brand:#${colour}}\n`, {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
