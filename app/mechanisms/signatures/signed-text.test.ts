import { describe, expect, test } from "vitest";
import { charterVersion1 } from "../../../prisma/seed-data/charter";
import { canonicalSignedText, sha256Hex, signedTextDigest, verifySignedText } from "./signed-text";

// Every digest below was computed outside this code, with the shell's sha256sum, e.g.
//   printf 'Charte\n\nNous travaillons\ndans la communauté.\n' | sha256sum
describe("the hash a signature binds to", () => {
  test("is SHA-256: the published test vectors (FIPS 180-2) come out", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  test("covers the parts in order, a blank line between them, the text as UTF-8", () => {
    const parts = ["Charte", "Nous travaillons\ndans la communauté.\n"];
    expect(canonicalSignedText(parts)).toBe("Charte\n\nNous travaillons\ndans la communauté.\n");
    expect(signedTextDigest(parts)).toBe("8f0e1c04f745bbefc451a2b4aa0a9c3366ef495755e92f28903fcbdcd916c672");
  });

  test("is the same whether the text came with Windows, old Mac or Unix line ends", () => {
    const unix = "8f0e1c04f745bbefc451a2b4aa0a9c3366ef495755e92f28903fcbdcd916c672";
    expect(signedTextDigest(["Charte", "Nous travaillons\r\ndans la communauté.\r\n"])).toBe(unix);
    expect(signedTextDigest(["Charte", "Nous travaillons\rdans la communauté.\r"])).toBe(unix);
    // Without the normalisation, the CRLF text has a digest of its own (sha256sum of the raw bytes).
    expect(sha256Hex("Charte\r\n\r\nNous travaillons\r\ndans la communauté.\r\n")).toBe(
      "992eaf06e8169efb5f0e3afd175e16011ecf5556c85430c8acbe1b076352c7df",
    );
  });

  test("of Charter version 1 as seeded is the one its existing signatures recorded", () => {
    // Computed from the seed text before the hashing moved here (and with sha256sum).
    const { en, sv } = charterVersion1.texts;
    expect(signedTextDigest([en.title, en.body])).toBe("490b0532944cea40080846b36c0152e3ff9196429085a65cb010fd0b6c61b2c5");
    expect(signedTextDigest([sv.title, sv.body])).toBe("98eac041785199ffc370499acc93a8abed91b574449762c2d00d768c3fddcbab");
  });
});

describe("verifying a signature", () => {
  const stored = "8f0e1c04f745bbefc451a2b4aa0a9c3366ef495755e92f28903fcbdcd916c672";

  test("matches when the stored text hashes to the stored digest", () => {
    expect(verifySignedText(stored, ["Charte", "Nous travaillons\ndans la communauté.\n"])).toEqual({
      storedSha256: stored,
      recomputedSha256: stored,
      matches: true,
    });
  });

  test("fails when one character of the text differs, or the text is gone", () => {
    expect(verifySignedText(stored, ["Charte", "Nous travaillons\ndans la communauté!\n"]).matches).toBe(false);
    expect(verifySignedText(stored, null)).toEqual({ storedSha256: stored, recomputedSha256: null, matches: false });
  });
});
