// An agreement's record as its parties and the coordinators read it: every revision with
// who wrote it and who signed it, the moves of its workflow, and what changed between any
// two revisions. Everything comes from the rows themselves (decision 019); nothing here
// changes them. The text of a revision in one language, and its signed parts, are read
// here for the history, the PDF and the verification alike.
import type { AgreementParty, AgreementTextField, Prisma, PrismaClient, SignatureKind, TranslationOrigin } from "~/generated/prisma/client";
import { verifySignedText } from "~/mechanisms/signatures/signed-text";
import { pickTranslation } from "~/mechanisms/translations/pick-translation";
import type { Language } from "~/utils/languages";
import { diffWords, hasChanges, type DiffPart } from "~/utils/word-diff";
import { revisionParts } from "./agreement-signatures.server";

type Db = PrismaClient | Prisma.TransactionClient;

type StoredText = { language: string; field: AgreementTextField; text: string; origin: TranslationOrigin };

/** A revision's title and objectives in one language. */
export type RevisionLanguageText = { language: string; origin: TranslationOrigin; title: string; objectives: string };

/** The texts of a revision grouped by language (a language without a title is left out). */
export function textsByLanguage(texts: readonly StoredText[]): RevisionLanguageText[] {
  const byLanguage = new Map<string, RevisionLanguageText>();
  for (const text of texts) {
    const entry = byLanguage.get(text.language) ?? { language: text.language, origin: text.origin, title: "", objectives: "" };
    entry[text.field] = text.text;
    if (text.origin === "original") entry.origin = "original";
    byLanguage.set(text.language, entry);
  }
  return [...byLanguage.values()].filter((entry) => entry.title !== "");
}

/** The revision's text in the reader's language, else its original (pick-translation's one rule). */
export function revisionTextFor(texts: readonly StoredText[], reader: Language) {
  const picked = pickTranslation(textsByLanguage(texts), reader);
  return picked ? { ...picked.translation, isFallback: picked.isFallback } : null;
}

const organisationSelect = { id: true, name: true, slug: true, countryCode: true, status: true } as const;

const revisionSelect = {
  id: true,
  number: true,
  startsOn: true,
  endsOn: true,
  themes: true,
  exchangesAToB: true,
  exchangesBToA: true,
  groupSizeCap: true,
  originalLanguage: true,
  authorOrganisationId: true,
  fullySignedAt: true,
  createdAt: true,
  texts: { select: { language: true, field: true, text: true, origin: true } },
} satisfies Prisma.AgreementRevisionSelect;

export type SignatureRecord = {
  id: string;
  party: AgreementParty;
  kind: SignatureKind;
  signatoryName: string;
  signatoryTitle: string;
  language: string;
  textSha256: string;
  at: Date;
};

/** The agreement, both organisations and its revisions, oldest first, each with its signatures in the order they were made. */
async function loadAgreement(db: Db, agreementId: string) {
  return db.twinningAgreement.findUnique({
    where: { id: agreementId },
    select: {
      id: true,
      status: true,
      inForceRevisionId: true,
      organisationAId: true,
      organisationBId: true,
      organisationA: { select: organisationSelect },
      organisationB: { select: organisationSelect },
      revisions: { orderBy: { number: "asc" }, select: revisionSelect },
      signatures: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, revisionId: true, party: true, kind: true, signatoryName: true, signatoryTitle: true, language: true, textSha256: true, at: true },
      },
    },
  });
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadAgreement>>>;

/** Which side wrote a revision: a, b, or the network (no organisation). */
const authorSide = (agreement: Loaded, organisationId: string | null): AgreementParty =>
  organisationId === agreement.organisationAId ? "a" : organisationId === agreement.organisationBId ? "b" : "network";

/** The parties who stand signed on a revision: the latest record of each party wins (signatures mechanism's rule). */
function standingParties(signatures: readonly SignatureRecord[]): AgreementParty[] {
  const latest = new Map<AgreementParty, SignatureKind>();
  for (const signature of signatures) latest.set(signature.party, signature.kind);
  return [...latest].filter(([, kind]) => kind === "signature").map(([party]) => party);
}

function shapeRevisions(agreement: Loaded, reader: Language) {
  const latestNumber = agreement.revisions.at(-1)?.number ?? 0;
  return agreement.revisions.map((revision) => {
    const signatures: SignatureRecord[] = agreement.signatures.filter((signature) => signature.revisionId === revision.id);
    const inForce = agreement.inForceRevisionId === revision.id;
    const text = revisionTextFor(revision.texts, reader);
    return {
      id: revision.id,
      number: revision.number,
      createdAt: revision.createdAt,
      author: authorSide(agreement, revision.authorOrganisationId),
      startsOn: revision.startsOn,
      endsOn: revision.endsOn,
      themes: revision.themes,
      exchangesAToB: revision.exchangesAToB,
      exchangesBToA: revision.exchangesBToA,
      groupSizeCap: revision.groupSizeCap,
      originalLanguage: revision.originalLanguage,
      languages: textsByLanguage(revision.texts).map((entry) => entry.language),
      text,
      fullySigned: revision.fullySignedAt !== null,
      fullySignedAt: revision.fullySignedAt,
      inForce,
      // An earlier revision that never got its three signatures: a later one replaced it, and its signatures stand for nothing.
      superseded: revision.number < latestNumber && revision.fullySignedAt === null,
      standing: standingParties(signatures),
      signatures,
    };
  });
}

export type AgreementRecordRevision = ReturnType<typeof shapeRevisions>[number];

/** The agreement as its history page shows it, or null when it does not exist. */
export async function agreementRecord(db: Db, agreementId: string, reader: Language) {
  const agreement = await loadAgreement(db, agreementId);
  if (!agreement) return null;
  const events = await db.agreementEvent.findMany({
    where: { agreementId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, from: true, to: true, note: true, createdAt: true, actorId: true, revisionId: true },
  });
  const actors = await db.user.findMany({
    where: { id: { in: events.flatMap((event) => (event.actorId ? [event.actorId] : [])) } },
    select: { id: true, name: true },
  });
  const actorName = new Map(actors.map((actor) => [actor.id, actor.name]));
  const revisionNumber = new Map(agreement.revisions.map((revision) => [revision.id, revision.number]));
  return {
    id: agreement.id,
    status: agreement.status,
    organisationA: agreement.organisationA,
    organisationB: agreement.organisationB,
    revisions: shapeRevisions(agreement, reader),
    events: events.map((event) => ({
      id: event.id,
      from: event.from,
      to: event.to,
      note: event.note,
      at: event.createdAt,
      actorName: event.actorId ? (actorName.get(event.actorId) ?? null) : null,
      revisionNumber: event.revisionId ? (revisionNumber.get(event.revisionId) ?? null) : null,
    })),
  };
}

/** The revision in force, else the latest (which the PDF marks "not yet in force"). */
export async function agreementForPrint(db: Db, agreementId: string, reader: Language) {
  const agreement = await loadAgreement(db, agreementId);
  if (!agreement) return null;
  const revisions = shapeRevisions(agreement, reader);
  const revision = revisions.find((candidate) => candidate.inForce) ?? revisions.at(-1);
  if (!revision) return null;
  return { id: agreement.id, status: agreement.status, organisationA: agreement.organisationA, organisationB: agreement.organisationB, revision };
}

export type TermField = "startsOn" | "endsOn" | "themes" | "exchangesAToB" | "exchangesBToA" | "groupSizeCap";
export const termFields: readonly TermField[] = ["startsOn", "endsOn", "themes", "exchangesAToB", "exchangesBToA", "groupSizeCap"];

export type TermChange =
  | { field: "startsOn" | "endsOn"; was: Date; now: Date; changed: boolean }
  | { field: "themes"; was: string[]; now: string[]; added: string[]; removed: string[]; changed: boolean }
  | { field: "exchangesAToB" | "exchangesBToA" | "groupSizeCap"; was: number; now: number; changed: boolean };

/** The language both revisions are compared in: the reader's if both have it, else an original both have, else null. */
function comparedLanguage(from: AgreementRecordRevision, to: AgreementRecordRevision, reader: Language) {
  const candidates = [reader, to.originalLanguage, from.originalLanguage, ...to.languages];
  return candidates.find((language) => from.languages.includes(language) && to.languages.includes(language)) ?? null;
}

/**
 * What changed from revision `fromNumber` to revision `toNumber` (any two, either order):
 * the title and objectives word by word in one language both have (the reader's, else the
 * original), and each term as "was → now". Null when either number is not a revision.
 */
export async function compareRevisions(db: Db, agreementId: string, fromNumber: number, toNumber: number, reader: Language) {
  const agreement = await loadAgreement(db, agreementId);
  if (!agreement) return null;
  const revisions = shapeRevisions(agreement, reader);
  const from = revisions.find((revision) => revision.number === fromNumber);
  const to = revisions.find((revision) => revision.number === toNumber);
  if (!from || !to) return null;
  const language = comparedLanguage(from, to, reader);
  const textIn = (revision: AgreementRecordRevision) => {
    const stored = agreement.revisions.find((candidate) => candidate.id === revision.id)!;
    return language ? textsByLanguage(stored.texts).find((text) => text.language === language)! : null;
  };
  const [before, after] = [textIn(from), textIn(to)];
  const fields: { field: "title" | "objectives"; parts: DiffPart[] }[] =
    before && after ? (["title", "objectives"] as const).map((field) => ({ field, parts: diffWords(before[field], after[field]) })) : [];
  const sameDay = (a: Date, b: Date) => a.getTime() === b.getTime();
  const terms: TermChange[] = [
    { field: "startsOn", was: from.startsOn, now: to.startsOn, changed: !sameDay(from.startsOn, to.startsOn) },
    { field: "endsOn", was: from.endsOn, now: to.endsOn, changed: !sameDay(from.endsOn, to.endsOn) },
    {
      field: "themes",
      was: from.themes,
      now: to.themes,
      added: to.themes.filter((theme) => !from.themes.includes(theme)),
      removed: from.themes.filter((theme) => !to.themes.includes(theme)),
      changed: to.themes.length !== from.themes.length || to.themes.some((theme) => !from.themes.includes(theme)),
    },
    ...(["exchangesAToB", "exchangesBToA", "groupSizeCap"] as const).map((field) => ({ field, was: from[field], now: to[field], changed: from[field] !== to[field] })),
  ];
  return {
    from: { number: from.number, createdAt: from.createdAt },
    to: { number: to.number, createdAt: to.createdAt },
    language,
    fields,
    terms,
    changed: fields.some(({ parts }) => hasChanges(parts)) || terms.some((term) => term.changed),
  };
}

/**
 * A signature as anyone with its link checks it: the stored hash against the hash of the
 * stored revision's parts in the signature's language, recomputed now
 * (app/mechanisms/signatures, as the Charter's verifySignature). The caller decides who
 * may see `parts`, the text itself.
 */
export async function verifyAgreementSignature(db: Db, signatureId: string) {
  const signature = await db.agreementSignature.findUnique({
    where: { id: signatureId },
    select: {
      id: true,
      party: true,
      kind: true,
      signatoryName: true,
      signatoryTitle: true,
      language: true,
      textSha256: true,
      at: true,
      agreement: {
        select: { id: true, status: true, organisationAId: true, organisationBId: true, organisationA: { select: organisationSelect }, organisationB: { select: organisationSelect } },
      },
      revision: { select: revisionSelect },
    },
  });
  if (!signature) return null;
  const { agreement, revision, textSha256, ...rest } = signature;
  const parts = revisionParts(agreement, revision, signature.language);
  return {
    ...rest,
    ...verifySignedText(textSha256, parts),
    agreement: { id: agreement.id, status: agreement.status, organisationA: agreement.organisationA, organisationB: agreement.organisationB },
    revisionNumber: revision.number,
    parts,
  };
}
