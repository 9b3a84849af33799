import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { endSession } from "~/accounts/session.server";

export function loader() {
  return redirect("/");
}

export function action({ request }: ActionFunctionArgs) {
  return redirect("/sign-in", { headers: { "Set-Cookie": endSession(request) } });
}
