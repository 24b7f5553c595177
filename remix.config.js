// Remix's options, in one place. vite.config.ts hands them to the Remix Vite plugin.
/** @type {import('@remix-run/dev').VitePluginConfig} */
export default {
  appDirectory: "app",
  // Tests and server-only helpers may sit beside the route they belong to.
  ignoredRouteFiles: ["**/*.test.{ts,tsx}", "**/*.server.{ts,tsx}"],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
  },
};
