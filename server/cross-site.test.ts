import { describe, expect, test } from "vitest";
import { isCrossSiteWrite } from "./cross-site";

const own = ["https://portal.example.org"];

describe("cross-site form posts", () => {
  test("a post from the portal's own page passes", () => {
    expect(isCrossSiteWrite({ method: "POST", origin: "https://portal.example.org", secFetchSite: "same-origin", ownOrigins: own })).toBe(false);
  });
  test("a post from another site is refused, whatever Sec-Fetch-Site says", () => {
    expect(isCrossSiteWrite({ method: "POST", origin: "https://evil.example", secFetchSite: "same-origin", ownOrigins: own })).toBe(true);
    expect(isCrossSiteWrite({ method: "POST", origin: "null", secFetchSite: undefined, ownOrigins: own })).toBe(true);
  });
  test("without Origin, Sec-Fetch-Site decides", () => {
    expect(isCrossSiteWrite({ method: "POST", origin: undefined, secFetchSite: "cross-site", ownOrigins: own })).toBe(true);
    expect(isCrossSiteWrite({ method: "POST", origin: undefined, secFetchSite: "same-site", ownOrigins: own })).toBe(true);
    expect(isCrossSiteWrite({ method: "POST", origin: undefined, secFetchSite: "same-origin", ownOrigins: own })).toBe(false);
  });
  test("reading is never blocked", () => {
    expect(isCrossSiteWrite({ method: "GET", origin: "https://evil.example", secFetchSite: "cross-site", ownOrigins: own })).toBe(false);
  });
});
