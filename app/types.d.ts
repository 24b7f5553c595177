import type { ServerBuild } from "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** This request's Content-Security-Policy nonce (set by server/index.ts). */
    cspNonce?: string;
    /** The client's IP address, as Express sees it (TRUST_PROXY decides whether to believe X-Forwarded-For). */
    clientAddress?: string;
    /** Set by server/app.ts when it refused a form sent from another site: the request is then the GET of its error page. */
    crossSiteRefused?: boolean;
    /** The app's routes, so the root loader can tell which translations the page uses (app/utils/page-namespaces.server.ts). */
    routes?: ServerBuild["routes"];
  }
}
