// The exact terms of one revision of an agreement, in one language, as the parts a
// signature binds to (app/mechanisms/signatures): what a signatory reads, in that order.
// Dates, numbers and theme keys are written in one neutral form, so the hash depends only
// on the terms and the language of the text, never on how a page formats them. Changing
// this changes the digest of every stored agreement signature.
export type RevisionTerms = {
  number: number;
  startsOn: Date;
  endsOn: Date;
  themes: readonly string[];
  exchangesAToB: number;
  exchangesBToA: number;
  groupSizeCap: number;
};

export type RevisionText = { title: string; objectives: string };

/** The two organisations by id: a renamed organisation is still the party that signed. */
export type Parties = { a: { id: string }; b: { id: string } };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function agreementSignedParts(parties: Parties, revision: RevisionTerms, text: RevisionText): string[] {
  return [
    text.title,
    `parties: ${parties.a.id}; ${parties.b.id}`,
    `revision: ${revision.number}`,
    `from: ${isoDay(revision.startsOn)}; to: ${isoDay(revision.endsOn)}`,
    `themes: ${[...revision.themes].sort().join(", ")}`,
    `exchanges: a to b ${revision.exchangesAToB}; b to a ${revision.exchangesBToA}; at most ${revision.groupSizeCap} people each`,
    text.objectives,
  ];
}
