import { expect, test } from "vitest";
import { signedTextDigest } from "~/mechanisms/signatures/signed-text";
import { agreementSignedParts, type RevisionTerms } from "./agreement-terms";

const parties = { a: { id: "org-a", name: "Lille" }, b: { id: "org-b", name: "Trieste" } };
const terms: RevisionTerms = {
  number: 2,
  startsOn: new Date("2027-03-01T00:00:00Z"),
  endsOn: new Date("2029-02-28T00:00:00Z"),
  themes: ["peer-support", "crisis-response"],
  exchangesAToB: 2,
  exchangesBToA: 1,
  groupSizeCap: 4,
};
const text = { title: "Jumelage Lille–Trieste", objectives: "Apprendre l’accueil de crise.\r\nPartager la pair-aidance." };

test("the signed parts are the title, the parties, the terms in one neutral form and the objectives", () => {
  expect(agreementSignedParts(parties, terms, text)).toEqual([
    "Jumelage Lille–Trieste",
    "parties: org-a; org-b",
    "revision: 2",
    "from: 2027-03-01; to: 2029-02-28",
    "themes: crisis-response, peer-support",
    "exchanges: a to b 2; b to a 1; at most 4 people each",
    "Apprendre l’accueil de crise.\r\nPartager la pair-aidance.",
  ]);
});

test("the order themes were ticked in does not change the hash; a changed cap does", () => {
  const digest = signedTextDigest(agreementSignedParts(parties, terms, text));
  expect(signedTextDigest(agreementSignedParts(parties, { ...terms, themes: ["crisis-response", "peer-support"] }, text))).toBe(digest);
  expect(signedTextDigest(agreementSignedParts(parties, { ...terms, groupSizeCap: 5 }, text))).not.toBe(digest);
});
