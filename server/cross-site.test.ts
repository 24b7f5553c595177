import { describe, expect, test } from "vitest";
import { describeRefusal, isCrossSiteWrite, refusalPagePath } from "./cross-site";

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

describe("the log line of a refusal", () => {
  test("says what was sent, from where, and what was expected, on one line", () => {
    const line = describeRefusal({
      method: "POST",
      path: "/fr/sign-in",
      origin: "https://evil.example\nforged line",
      secFetchSite: "cross-site",
      ownOrigins: ["https://portal.example.org"],
      clientAddress: "203.0.113.7",
    });
    expect(line).toBe('Refused a cross-site POST "/fr/sign-in" from 203.0.113.7: Origin "https://evil.example\\nforged line", expected "https://portal.example.org"');
    expect(line).not.toContain("\n");
  });
  test("without Origin, names Sec-Fetch-Site", () => {
    expect(describeRefusal({ method: "POST", path: "/", origin: undefined, secFetchSite: "cross-site", ownOrigins: ["http://localhost:3000"], clientAddress: "" })).toBe(
      'Refused a cross-site POST "/" from an unknown address: Sec-Fetch-Site "cross-site", expected "http://localhost:3000"',
    );
  });
});

test("a refused form is shown its page under its own language, or under none", () => {
  expect(refusalPagePath("fr")).toBe("/fr/form-refused");
  expect(refusalPagePath(null)).toBe("/-/form-refused");
});
