// Cross-site request protection for every form action: a state-changing request must come
// from a page of the portal itself. Browsers send Origin on every POST (and Sec-Fetch-Site
// on every request); a request with neither is not from a browser, so carries no victim's
// cookies and is let through.

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** A method that changes nothing, so carries no cross-site risk (and Remix does not check its Origin). */
export function isSafeMethod(method: string) {
  return safeMethods.has(method.toUpperCase());
}

type RequestFacts = {
  method: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
  /** The origins the portal is served at (its PUBLIC_URL, or the Host it was reached by). */
  ownOrigins: string[];
};

export function isCrossSiteWrite({ method, origin, secFetchSite, ownOrigins }: RequestFacts) {
  if (isSafeMethod(method)) return false;
  if (origin !== undefined) return !ownOrigins.includes(origin);
  if (secFetchSite !== undefined) return secFetchSite !== "same-origin" && secFetchSite !== "none";
  return false;
}

type Refusal = { method: string; path: string; origin: string | undefined; secFetchSite: string | undefined; ownOrigins: string[]; clientAddress: string };

/**
 * The one log line for a refused cross-site write: what was sent, from where, and what
 * the portal expected. Header values are quoted (JSON), so nothing they hold can start a
 * second line; no stack, since nothing failed.
 */
export function describeRefusal({ method, path, origin, secFetchSite, ownOrigins, clientAddress }: Refusal) {
  const from = origin !== undefined ? `Origin ${JSON.stringify(origin)}` : `Sec-Fetch-Site ${JSON.stringify(secFetchSite)}`;
  return `Refused a cross-site ${method} ${JSON.stringify(path)} from ${clientAddress || "an unknown address"}: ${from}, expected ${ownOrigins.map((own) => JSON.stringify(own)).join(" or ")}`;
}

/**
 * Where a refused write is shown its error page: the splat route under the path's language
 * (or under no language, so the reader's cookie or Accept-Language decides), as a GET, so
 * no action runs. `-` is never a language, nor a page.
 */
export function refusalPagePath(languageOfPath: string | null) {
  return `/${languageOfPath ?? "-"}/form-refused`;
}
