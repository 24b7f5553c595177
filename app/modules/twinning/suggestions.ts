// Partner suggestions (DOMAIN.md, "Twinning and staff exchanges"): one pure function that
// gives, for an organisation and a possible partner, the score AND the reasons it is made
// of. The score is the sum of the reasons' points, so the two cannot disagree; the pages
// put the reasons into words (app/components/twinning/suggestion-reasons.tsx).

/** What a suggestion reads of one organisation: its twinning profile and its library offers. */
export type PartnerProfile = {
  organisationId: string;
  /** Theme keys it states it can offer. */
  offers: readonly string[];
  /** Theme keys it wants to learn. */
  seeks: readonly string[];
  /** ISO 639-1 codes of the languages its staff can work in. */
  languages: readonly string[];
  /** Visitors at once; 0 when it cannot host. */
  hostCapacity: number;
  /** Months (1–12) in which it can host. */
  hostMonths: readonly number[];
  /** Its published service descriptions that can host visitors: they offer their themes too. */
  serviceOffers: readonly { entryId: string; title: string; titleLanguage?: string; themes: readonly string[] }[];
};

export type Season = "spring" | "summer" | "autumn" | "winter";

/** The four seasons as months (northern hemisphere, where the network's members are). */
export const seasonMonths: Record<Season, readonly number[]> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  winter: [12, 1, 2],
};
export const seasons = Object.keys(seasonMonths) as Season[];

/** Months as whole seasons where a season is complete, and the months left over. */
export function seasonsAndMonths(months: readonly number[]): { seasons: Season[]; months: number[] } {
  const chosen = new Set(months);
  const whole = seasons.filter((season) => seasonMonths[season].every((month) => chosen.has(month)));
  const covered = new Set(whole.flatMap((season) => seasonMonths[season]));
  return { seasons: whole, months: [...chosen].filter((month) => !covered.has(month)).sort((a, b) => a - b) };
}

/** One reason, as data: its kind, the values a sentence names, and the points it adds. */
export type Reason =
  | { kind: "offersWhatYouSeek"; themes: string[]; points: number }
  | { kind: "seeksWhatYouOffer"; themes: string[]; points: number }
  | { kind: "sharedLanguages"; languages: string[]; points: number }
  | { kind: "noSharedLanguage"; points: number }
  | { kind: "canHost"; capacity: number; months: number[]; points: number }
  | { kind: "serviceHostsVisitors"; entryId: string; title: string; titleLanguage?: string; points: number };

export type ReasonKind = Reason["kind"];

export type Suggestion = { score: number; reasons: Reason[] };

/** The points of each reason, in one place. */
export const weights = {
  /** Per theme the partner offers that you seek, and per theme it seeks that you offer. */
  theme: 3,
  /** When both directions meet: each side learns something. */
  bothWays: 2,
  /** For the first shared language, and for each further one. */
  firstLanguage: 3,
  furtherLanguage: 1,
  /** The partner can host visitors in some months. */
  canHost: 2,
  /** Per published service description of the partner's that can host visitors (at most two count). */
  service: 1,
  servicesCounted: 2,
} as const;

const intersect = (a: readonly string[], b: readonly string[]) => {
  const other = new Set(b);
  return [...new Set(a)].filter((value) => other.has(value));
};

/** What an organisation offers: its profile's themes and those of its service descriptions that host visitors. */
export function offeredThemes(profile: Pick<PartnerProfile, "offers" | "serviceOffers">): string[] {
  return [...new Set([...profile.offers, ...profile.serviceOffers.flatMap((offer) => offer.themes)])];
}

/**
 * How well `partner` suits `you`, and why. Reasons come in a fixed order (themes both
 * ways, languages, hosting, service descriptions); the score is the sum of their points.
 */
export function suggestPartner(you: PartnerProfile, partner: PartnerProfile): Suggestion {
  const reasons: Reason[] = [];
  const theyOffer = intersect(offeredThemes(partner), you.seeks);
  const theySeek = intersect(partner.seeks, offeredThemes(you));
  if (theyOffer.length) reasons.push({ kind: "offersWhatYouSeek", themes: theyOffer, points: theyOffer.length * weights.theme + (theySeek.length ? weights.bothWays : 0) });
  if (theySeek.length) reasons.push({ kind: "seeksWhatYouOffer", themes: theySeek, points: theySeek.length * weights.theme + (theyOffer.length ? weights.bothWays : 0) });
  const shared = intersect(you.languages, partner.languages);
  if (shared.length) reasons.push({ kind: "sharedLanguages", languages: shared, points: weights.firstLanguage + (shared.length - 1) * weights.furtherLanguage });
  // Without a language in common an exchange cannot happen: the themes count for nothing,
  // so such a partner ranks below every one that shares a language and a theme.
  else reasons.push({ kind: "noSharedLanguage", points: -reasons.reduce((sum, reason) => sum + reason.points, 0) });
  if (partner.hostCapacity > 0 && partner.hostMonths.length) {
    reasons.push({ kind: "canHost", capacity: partner.hostCapacity, months: [...new Set(partner.hostMonths)].sort((a, b) => a - b), points: weights.canHost });
  }
  partner.serviceOffers.forEach((offer, index) => {
    reasons.push({ kind: "serviceHostsVisitors", entryId: offer.entryId, title: offer.title, titleLanguage: offer.titleLanguage, points: index < weights.servicesCounted ? weights.service : 0 });
  });
  return { score: reasons.reduce((sum, reason) => sum + reason.points, 0), reasons };
}

/** Whether a suggestion has anything to go on: a theme met in either direction. */
export const hasMatch = (suggestion: Suggestion) =>
  suggestion.reasons.some((reason) => reason.kind === "offersWhatYouSeek" || reason.kind === "seeksWhatYouOffer");

/**
 * The partners ranked for `you`: highest score first, ties by the order given (the caller
 * passes them sorted by name). Only those with a theme met in either direction.
 */
export function rankPartners<P extends PartnerProfile>(you: PartnerProfile, partners: readonly P[]): { partner: P; suggestion: Suggestion }[] {
  return partners
    .filter((partner) => partner.organisationId !== you.organisationId)
    .map((partner) => ({ partner, suggestion: suggestPartner(you, partner) }))
    .filter(({ suggestion }) => hasMatch(suggestion))
    .map((ranked, index) => ({ ...ranked, index }))
    .sort((a, b) => b.suggestion.score - a.suggestion.score || a.index - b.index)
    .map(({ partner, suggestion }) => ({ partner, suggestion }));
}

/**
 * The best pairs across the network, each pair once: a pair's score is the lower of its
 * two sides' (a pair is good only if it is good for both), its reasons those of the first
 * named's view of the second. `excluded(a, b)` leaves out pairs already twinned.
 */
export function bestPairs<P extends PartnerProfile>(
  profiles: readonly P[],
  { limit, excluded = () => false }: { limit: number; excluded?: (a: P, b: P) => boolean },
): { a: P; b: P; score: number; suggestion: Suggestion }[] {
  const pairs: { a: P; b: P; score: number; suggestion: Suggestion; index: number }[] = [];
  profiles.forEach((a, i) => {
    profiles.slice(i + 1).forEach((b) => {
      if (a.organisationId === b.organisationId || excluded(a, b)) return;
      const ab = suggestPartner(a, b);
      const ba = suggestPartner(b, a);
      if (!hasMatch(ab)) return;
      pairs.push({ a, b, score: Math.min(ab.score, ba.score), suggestion: ab, index: pairs.length });
    });
  });
  return pairs
    .sort((x, y) => y.score - x.score || x.index - y.index)
    .slice(0, limit)
    .map(({ index: _index, ...pair }) => pair);
}
