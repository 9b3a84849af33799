import { notFound } from "~/http/responses";

/** Any address no other route answers: the shared error boundary shows a kind 404. */
export function loader() {
  notFound();
}

export default function NotFound() {
  return null;
}
