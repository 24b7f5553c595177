import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  plugins: [remix(remixConfig), tsconfigPaths()],
  build: { target: "es2022" },
  server: { port: 3000 },
  // Pre-bundled up front, so the first page in development does not hydrate against a
  // second copy of React while Vite discovers them.
  optimizeDeps: { include: ["i18next", "react-i18next", "react-markdown"] },
});
