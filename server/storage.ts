import type { ServerBuild } from "@remix-run/node";

/** SQLite's answers when the disk or the database cannot take a write (or a read) just now. */
const STORAGE_CODES = /^SQLITE_(READONLY|FULL|IOERR|CANTOPEN|BUSY|LOCKED|PROTOCOL)/;

export function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && STORAGE_CODES.test(code);
}

type Handler = (args: unknown) => unknown;

/** The error page tells the two apart: a page that could not be shown, or a change that could not be saved. */
export const STORAGE_READING = "Storage unavailable for reading";
export const STORAGE_WRITING = "Storage unavailable";

/**
 * Every loader and action in the build, with storage failures turned into a 503 that the error page explains
 * (nothing was changed, try again in a few minutes). SQLite has already rolled back the
 * transaction, so nothing is half-written; the person just needs to know. Other errors pass through unchanged.
 */
export function withStorageFailures(build: ServerBuild, onFailure: (error: unknown) => void): ServerBuild {
  const guard = (handler: Handler | undefined, statusText: string) =>
    handler &&
    (async (args: unknown) => {
      try {
        return await handler(args);
      } catch (error) {
        if (!isStorageFailure(error)) throw error;
        onFailure(error);
        throw new Response(null, { status: 503, statusText });
      }
    });
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => {
      const module = route.module as { loader?: Handler; action?: Handler };
      return [
        id,
        {
          ...route,
          module: {
            ...route.module,
            loader: guard(module.loader, STORAGE_READING),
            action: guard(module.action, STORAGE_WRITING),
          },
        },
      ];
    }),
  ) as ServerBuild["routes"];
  return { ...build, routes };
}
