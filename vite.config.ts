/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import remixOptions from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  plugins: [!process.env.VITEST && remix(remixOptions)],
  resolve: {
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  css: {
    preprocessorOptions: {
      // govuk-frontend is compiled from its Sass so that we can drop the GDS
      // Transport font (reserved for GOV.UK) and set the organisation colours.
      scss: {
        api: "modern-compiler",
        loadPaths: [fileURLToPath(new URL("./node_modules", import.meta.url))],
        quietDeps: true,
      },
    },
  },
  build: { target: "es2022" },
  test: {
    include: ["app/**/*.test.ts", "server/**/*.test.ts", "tests/integration/**/*.test.ts", "db/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/per-file.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 20_000,
    // Setup hooks make organisations whose staff passwords are hashed with argon2 (deliberately slow): beside the
    // differential test's two busy workers on a 2-core machine, 10 s was not always enough (themes.test.ts, 6 December).
    hookTimeout: 60_000,
    reporters: process.env.CI ? ["default", ["json", { outputFile: "reports/unit.json" }]] : ["default"],
  },
});
