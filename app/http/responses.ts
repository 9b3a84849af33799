/** Thrown from loaders and actions; the shared error boundary renders them kindly in both languages. */
export function notFound(): never {
  throw new Response("Not found", { status: 404 });
}

export function forbidden(): never {
  throw new Response("Forbidden", { status: 403 });
}

export function badRequest(): never {
  throw new Response("Bad request", { status: 400 });
}
