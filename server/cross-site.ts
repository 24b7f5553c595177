// Cross-site request protection for every form action: a state-changing request must come
// from a page of the portal itself. Browsers send Origin on every POST (and Sec-Fetch-Site
// on every request); a request with neither is not from a browser, so carries no victim's
// cookies and is let through.

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

type RequestFacts = {
  method: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
  /** The origins the portal is served at (its PUBLIC_URL, or the Host it was reached by). */
  ownOrigins: string[];
};

export function isCrossSiteWrite({ method, origin, secFetchSite, ownOrigins }: RequestFacts) {
  if (safeMethods.has(method.toUpperCase())) return false;
  if (origin !== undefined) return !ownOrigins.includes(origin);
  if (secFetchSite !== undefined) return secFetchSite !== "same-origin" && secFetchSite !== "none";
  return false;
}
