// Writes the demo network's twinning agreements (prisma/seed-data/twinning.ts) through the
// area's own commands, as people would: drafted by side A, proposed, revised by whoever
// wrote each later revision, signed by each side's signatory and by the network's first
// coordinator, then a staff exchange planned, confirmed, completed and reported. So the
// revisions, hashes, history, audit entries and mails are real. A pair that already has an
// agreement is left alone.
import type { PrismaClient } from "~/generated/prisma/client";
import { themeKeys } from "~/modules/taxonomy/themes.server";
import { confirmExchange, completeExchange, fileReport, planExchange } from "~/modules/twinning/exchanges.server";
import { draftAgreement, proposeAgreement, reviseAgreement, signRevision } from "~/modules/twinning/agreements.server";
import { revisionDigest } from "~/modules/twinning/agreement-signatures.server";
import { agreementTermsSchema, type AgreementTerms } from "~/modules/twinning/agreements.schemas";
import { languages } from "~/utils/languages";
import { demoAgreements, type DemoAgreement, type DemoRevision } from "./seed-data/twinning";

type Signatories = Map<string, { id: string; title: string; language: string }>;

const origin = { clientAddress: "127.0.0.1" };
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The first day of the month `months` from now, as a date input sends it. */
function monthsFrom(now: Date, months: number) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
}

function check<T extends { ok: boolean }>(result: T, what: string): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`demo twinning: ${what} was refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

/** The terms of a demo revision as the agreement form would send them, parsed by its own schema. */
async function termsOf(prisma: PrismaClient, demo: DemoAgreement, revision: DemoRevision, now: Date, partnerId?: string): Promise<AgreementTerms> {
  const startsOn = monthsFrom(now, demo.startsInMonths);
  const endsOn = new Date(monthsFrom(now, demo.startsInMonths + demo.lastsMonths).getTime() - 24 * 60 * 60 * 1000);
  const texts = Object.fromEntries(languages.map((language) => [language, revision.texts[language] ?? { title: "", objectives: "" }]));
  const parsed = agreementTermsSchema({ partnerIds: partnerId ? [partnerId] : undefined, contactIds: [], themeKeys: await themeKeys(prisma) }).safeParse({
    partnerId,
    originalLanguage: revision.originalLanguage,
    startsOn: isoDay(startsOn),
    endsOn: isoDay(endsOn),
    themes: revision.themes,
    exchangesAToB: revision.exchangesAToB,
    exchangesBToA: revision.exchangesBToA,
    groupSizeCap: revision.groupSizeCap,
    texts,
  });
  if (!parsed.success) throw new Error(`demo twinning: terms refused: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.data;
}

export async function addDemoAgreements(prisma: PrismaClient, signatories: Signatories, now = new Date()) {
  const coordinator = await prisma.user.findFirst({ where: { networkRole: { not: null } }, orderBy: { createdAt: "asc" }, select: { id: true, title: true } });
  let added = 0;
  for (const demo of demoAgreements) {
    const [a, b] = await Promise.all([demo.a, demo.b].map((slug) => prisma.organisation.findUnique({ where: { slug }, select: { id: true, status: true } })));
    const signatoryA = signatories.get(demo.a);
    const signatoryB = signatories.get(demo.b);
    if (!a || !b || a.status !== "active" || b.status !== "active" || !signatoryA || !signatoryB) continue;
    const existing = await prisma.twinningAgreement.findFirst({ where: { OR: [{ organisationAId: a.id, organisationBId: b.id }, { organisationAId: b.id, organisationBId: a.id }] } });
    if (existing) continue;
    const side = { a: { organisationId: a.id, signatory: signatoryA }, b: { organisationId: b.id, signatory: signatoryB } };

    const [first, ...later] = demo.revisions;
    const { agreementId } = check(await draftAgreement(prisma, { organisationId: a.id, actorId: signatoryA.id, terms: await termsOf(prisma, demo, first!, now, b.id) }, origin), "a draft");
    check(await proposeAgreement(prisma, { agreementId, organisationId: a.id, actorId: signatoryA.id }, origin), "a proposal");
    for (const revision of later) {
      const author = side[revision.author];
      const latest = await prisma.agreementRevision.findFirstOrThrow({ where: { agreementId }, orderBy: { number: "desc" }, select: { id: true } });
      const terms = await termsOf(prisma, demo, revision, now);
      check(await reviseAgreement(prisma, { agreementId, organisationId: author.organisationId, actorId: author.signatory.id, terms, basedOnRevisionId: latest.id }, origin), "a revision");
    }
    const latest = await prisma.agreementRevision.findFirstOrThrow({ where: { agreementId }, orderBy: { number: "desc" }, include: { texts: true } });
    for (const party of demo.signedBy) {
      const signer = party === "network" ? (coordinator ? { id: coordinator.id, title: coordinator.title || "Coordinator", language: "en" } : null) : side[party].signatory;
      if (!signer) continue;
      // Each signatory reads the terms in their own language when the revision has it.
      const language = latest.texts.some((text) => text.language === signer.language) ? signer.language : latest.originalLanguage;
      check(
        await signRevision(
          prisma,
          {
            agreementId,
            organisationId: party === "b" ? b.id : a.id,
            actorId: signer.id,
            party,
            revisionId: latest.id,
            language,
            shownSha256: revisionDigest({ organisationAId: a.id, organisationBId: b.id }, latest, language) ?? "",
            signatoryTitle: signer.title || "Director",
          },
          origin,
        ),
        `the signature of party ${party}`,
      );
    }
    if (demo.exchange) await addDemoExchange(prisma, demo, agreementId, side, now);
    added++;
  }
  return added;
}

async function addDemoExchange(
  prisma: PrismaClient,
  demo: DemoAgreement,
  agreementId: string,
  side: Record<"a" | "b", { organisationId: string; signatory: { id: string } }>,
  now: Date,
) {
  const exchange = demo.exchange!;
  const agreement = await prisma.twinningAgreement.findUniqueOrThrow({ where: { id: agreementId }, select: { status: true } });
  if (agreement.status !== "active") return;
  const host = side[exchange.host];
  const sending = side[exchange.host === "a" ? "b" : "a"];
  // The visitors: the sending side's people other than the signatory who plans the visit
  // (with demo accounts, Trieste's editor and member, who can download their certificates).
  const members = await prisma.organisationMembership.findMany({
    where: { organisationId: sending.organisationId, userId: { not: sending.signatory.id } },
    orderBy: { createdAt: "asc" },
    select: { userId: true },
    take: 2,
  });
  const startsOn = monthsFrom(now, exchange.startsInMonths);
  const endsOn = new Date(startsOn.getTime() + (exchange.days - 1) * 24 * 60 * 60 * 1000);
  const { exchangeId } = check(
    await planExchange(
      prisma,
      { agreementId, organisationId: sending.organisationId, actorId: sending.signatory.id, host: "partner", startsOn, endsOn, participantIds: members.map((member) => member.userId), objectives: exchange.objectives, language: exchange.language },
      origin,
    ),
    "an exchange",
  );
  check(await confirmExchange(prisma, { agreementId, exchangeId, organisationId: host.organisationId, actorId: host.signatory.id }, origin), "the host's confirmation");
  check(await completeExchange(prisma, { agreementId, exchangeId, organisationId: host.organisationId, actorId: host.signatory.id }, origin, now), "completing the exchange");
  for (const party of ["a", "b"] as const) {
    const report = exchange.reports[party];
    check(await fileReport(prisma, { agreementId, exchangeId, organisationId: side[party].organisationId, actorId: side[party].signatory.id, ...report }, origin), `the report of party ${party}`);
  }
}
