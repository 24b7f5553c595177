import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** This request's Content-Security-Policy nonce (set by server/index.ts). */
    cspNonce?: string;
    /** The client's IP address, as Express sees it (TRUST_PROXY decides whether to believe X-Forwarded-For). */
    clientAddress?: string;
  }
}
