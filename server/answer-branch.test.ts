import { existsSync, readdirSync } from "node:fs";
import type { ServerBuild } from "@remix-run/node";
import { matchRoutes } from "@remix-run/router";
import { describe, expect, it } from "vitest";
import { branchOf } from "./app";
import { ANSWER_PATH } from "./security";

const route = (id: string, parentId?: string) => ({ id, parentId, path: id, module: {} });
const routes = {
  root: route("root"),
  "routes/s.$slug.answer": route("routes/s.$slug.answer", "root"),
  "routes/s.$slug.thanks": route("routes/s.$slug.thanks", "root"),
  "routes/admin": route("routes/admin", "root"),
  "routes/admin.users": route("routes/admin.users", "routes/admin"),
};
const build = { routes, assets: { version: "1", routes: { ...routes } } } as unknown as ServerBuild;

describe("the answer page's own branch of the route tree", () => {
  it("holds the route and its ancestors only, with the same modules", () => {
    expect(Object.keys(branchOf(build, "routes/admin.users")!.routes).sort()).toEqual([
      "root",
      "routes/admin",
      "routes/admin.users",
    ]);
    const branch = branchOf(build, "routes/s.$slug.answer")!;
    expect(Object.keys(branch.routes).sort()).toEqual(["root", "routes/s.$slug.answer"]);
    expect(branch.routes.root).toBe(build.routes.root);
    // The page's manifest lists the same routes: the renderer refuses a listed route without a module.
    expect(Object.keys(branch.assets.routes).sort()).toEqual(["root", "routes/s.$slug.answer"]);
    expect(branch.assets.version).toBe("1");
  });

  it("is not made for a route the build lacks (the whole tree answers instead)", () => {
    expect(branchOf(build, "routes/missing")).toBeNull();
  });

  it("is the route that answers every address the server sends to it", () => {
    expect(existsSync("app/routes/s.$slug.answer.tsx")).toBe(true);
    // No layout route above it (s.tsx, s.$slug.tsx, a pathless _layout.tsx): its parent is the root, as in the tree below.
    const routes = readdirSync("app/routes");
    expect(routes.filter((file) => /^(s|s\.\$slug|_(?!index\.)[^.]+)\.tsx?$/.test(file))).toEqual([]);
    // The catch-all page ($.tsx) ranks below it, as every other route does for these addresses.
    const tree = [
      {
        id: "root",
        path: "",
        children: [
          { id: "routes/$", path: "*" },
          { id: "routes/s.$slug._index", path: "s/:slug", index: true },
          { id: "routes/s.$slug.answer", path: "s/:slug/answer" },
          { id: "routes/s.$slug.thanks", path: "s/:slug/thanks" },
        ],
      },
    ];
    for (const address of ["/s/bench-reporting/answer", "/s/bench-reporting/answer/", "/s/a%20b/answer"]) {
      expect(ANSWER_PATH.test(address)).toBe(true);
      expect(matchRoutes(tree, address)?.map((match) => match.route.id)).toEqual(["root", "routes/s.$slug.answer"]);
    }
    expect(ANSWER_PATH.test("/s/bench-reporting/thanks")).toBe(false);
    expect(ANSWER_PATH.test("/s/bench-reporting/answer.data")).toBe(false);
  });
});
