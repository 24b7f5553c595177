import { describe, expect, test } from "vitest";
import { bestPairs, rankPartners, seasonsAndMonths, suggestPartner, type PartnerProfile } from "./suggestions";

let counter = 0;
const profile = (values: Partial<PartnerProfile> = {}): PartnerProfile => ({
  organisationId: `organisation-${++counter}`,
  offers: [],
  seeks: [],
  languages: ["en"],
  hostCapacity: 0,
  hostMonths: [],
  serviceOffers: [],
  ...values,
});

describe("partner suggestions", () => {
  test("two organisations that each offer what the other seeks rank above two that share only a language", () => {
    const you = profile({ offers: ["peer-support"], seeks: ["crisis-response"], languages: ["fr"] });
    const complementary = profile({ offers: ["crisis-response"], seeks: ["peer-support"], languages: ["fr"] });
    const other = profile({ offers: ["housing"], seeks: ["advocacy"], languages: ["fr", "it", "es"] });
    const onlyLanguages = profile({ offers: ["anti-stigma"], seeks: ["co-production"], languages: ["fr", "it", "es"] });
    expect(suggestPartner(you, complementary).score).toBeGreaterThan(suggestPartner(other, onlyLanguages).score);
    const pairs = bestPairs([other, onlyLanguages, you, complementary], { limit: 10 });
    expect(pairs[0]).toMatchObject({ a: you, b: complementary });
  });

  test("an organisation sharing no language ranks below one that matches fewer themes but shares a language", () => {
    const you = profile({ offers: ["peer-support", "housing"], seeks: ["crisis-response", "advocacy"], languages: ["sv"] });
    const noLanguage = profile({ offers: ["crisis-response", "advocacy"], seeks: ["peer-support", "housing"], languages: ["it"] });
    const oneTheme = profile({ offers: ["crisis-response"], languages: ["sv", "en"] });
    expect(rankPartners(you, [noLanguage, oneTheme]).map(({ partner }) => partner)).toEqual([oneTheme, noLanguage]);
    expect(suggestPartner(you, noLanguage).reasons).toContainEqual(expect.objectContaining({ kind: "noSharedLanguage" }));
  });

  test("an organisation with nothing it offers or seeks in common is not suggested, however many languages it shares", () => {
    const you = profile({ offers: ["peer-support"], seeks: ["housing"], languages: ["en", "fr", "it"] });
    const stranger = profile({ offers: ["advocacy"], seeks: ["anti-stigma"], languages: ["en", "fr", "it"] });
    expect(rankPartners(you, [stranger])).toEqual([]);
  });

  test("an organisation is never suggested to itself", () => {
    const you = profile({ offers: ["peer-support"], seeks: ["peer-support"] });
    expect(rankPartners(you, [you])).toEqual([]);
  });

  test("the score is the sum of the reasons' points, so what is shown is what was counted", () => {
    const you = profile({ offers: ["peer-support"], seeks: ["crisis-response", "housing"], languages: ["fr", "it", "en"] });
    const partner = profile({
      offers: ["crisis-response"],
      seeks: ["peer-support"],
      languages: ["it", "fr"],
      hostCapacity: 4,
      hostMonths: [5, 3, 4],
      serviceOffers: [{ entryId: "entry-1", title: "Open-door crisis centre", themes: ["housing"] }],
    });
    const { score, reasons } = suggestPartner(you, partner);
    expect(score).toBe(reasons.reduce((sum, reason) => sum + reason.points, 0));
    expect(reasons.map((reason) => reason.kind)).toEqual(["offersWhatYouSeek", "seeksWhatYouOffer", "sharedLanguages", "canHost", "serviceHostsVisitors"]);
  });

  test("the reasons name what the partner offers which you seek, what it seeks which you offer, the shared languages and when it can host", () => {
    const you = profile({ offers: ["peer-support"], seeks: ["crisis-response"], languages: ["fr", "it"] });
    const partner = profile({ offers: ["crisis-response"], seeks: ["peer-support"], languages: ["it", "fr", "es"], hostCapacity: 4, hostMonths: [3, 4, 5] });
    expect(suggestPartner(you, partner).reasons).toEqual([
      expect.objectContaining({ kind: "offersWhatYouSeek", themes: ["crisis-response"] }),
      expect.objectContaining({ kind: "seeksWhatYouOffer", themes: ["peer-support"] }),
      expect.objectContaining({ kind: "sharedLanguages", languages: ["fr", "it"] }),
      expect.objectContaining({ kind: "canHost", capacity: 4, months: [3, 4, 5] }),
    ]);
  });

  test("a service description that can host visitors offers its themes, and is named as a reason", () => {
    const you = profile({ seeks: ["hearing-voices"] });
    const partner = profile({ serviceOffers: [{ entryId: "entry-2", title: "Hearing voices group", themes: ["hearing-voices"] }] });
    const { reasons } = suggestPartner(you, partner);
    expect(reasons).toContainEqual(expect.objectContaining({ kind: "offersWhatYouSeek", themes: ["hearing-voices"] }));
    expect(reasons).toContainEqual(expect.objectContaining({ kind: "serviceHostsVisitors", title: "Hearing voices group" }));
  });

  test("an organisation that can host nobody gives no hosting reason, whatever months it lists", () => {
    const you = profile({ seeks: ["housing"] });
    const partner = profile({ offers: ["housing"], hostCapacity: 0, hostMonths: [6, 7] });
    expect(suggestPartner(you, partner).reasons.map((reason) => reason.kind)).not.toContain("canHost");
  });

  test("complete seasons are named as seasons, and the other months as months", () => {
    expect(seasonsAndMonths([3, 4, 5, 12, 1, 2, 9])).toEqual({ seasons: ["spring", "winter"], months: [9] });
    expect(seasonsAndMonths([6, 7])).toEqual({ seasons: [], months: [6, 7] });
  });
});

describe("the best pairs across the network", () => {
  test("each pair comes once, the best first, and a pair left out (already twinned) is not there", () => {
    const a = profile({ offers: ["peer-support"], seeks: ["crisis-response"] });
    const b = profile({ offers: ["crisis-response"], seeks: ["peer-support"] });
    const c = profile({ offers: ["crisis-response"] });
    const pairs = bestPairs([a, b, c], { limit: 10 });
    expect(pairs.map((pair) => [pair.a, pair.b])).toEqual([
      [a, b],
      [a, c],
    ]);
    const withoutTwinned = bestPairs([a, b, c], { limit: 10, excluded: (x, y) => x === a && y === b });
    expect(withoutTwinned.map((pair) => [pair.a, pair.b])).toEqual([[a, c]]);
  });

  test("only as many pairs as asked for", () => {
    const many = Array.from({ length: 6 }, () => profile({ offers: ["housing"], seeks: ["housing"] }));
    expect(bestPairs(many, { limit: 3 })).toHaveLength(3);
  });
});
