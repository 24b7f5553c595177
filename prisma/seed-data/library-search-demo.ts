// A few published library entries for the demo and for the search's end-to-end test,
// described in our own words after the kind of material the network shares (an advocacy
// resource suite, an anti-stigma project in services, a human-rights project on
// children's wards, a peer organisation's practice guidelines). Each is written in one
// language; some have a machine translation, marked as such, so a search in another
// language finds them through it or through the original.
//
// Written with Prisma directly and published by setting publishedRevisionId, as the
// library publishes; the library's own commands (another area's) can replace this.
import type { PrismaClient } from "~/generated/prisma/client";
import type { LibraryEntryKind, ServiceEvidence, ServiceSetting } from "~/generated/prisma/enums";
import { sourceDigest } from "~/mechanisms/translations/source-digest";

type Texts = { title: string; summary: string; body: string };

type DemoEntry = {
  organisationSlug: string;
  kind: LibraryEntryKind;
  originalLanguage: string;
  original: Texts;
  machine?: Record<string, Texts>;
  themes: string[];
  audiences: string[];
  countryCode: string;
  settings?: ServiceSetting[];
  evidence?: ServiceEvidence;
  hostsVisitors?: boolean;
  firstPublishedAt: string;
};

export const demoLibraryEntries: DemoEntry[] = [
  {
    organisationSlug: "epsm-lille-metropole",
    kind: "good_practice",
    originalLanguage: "fr",
    original: {
      title: "Réduire la stigmatisation dans les services de santé mentale",
      summary: "Des équipes soignantes qui examinent leurs propres pratiques pour que les personnes accueillies ne se sentent plus jugées.",
      body: "Pendant deux ans, des professionnels, des personnes concernées et des familles ont observé ensemble la vie quotidienne de trois services.\n\nIls ont repéré les petites habitudes qui stigmatisent : portes fermées sans raison, vocabulaire médical, attente au guichet. Chaque équipe a ensuite choisi ses propres changements et les a évalués avec les usagers.",
    },
    machine: {
      en: {
        title: "Reducing stigma in mental health services",
        summary: "Care teams that examine their own practices so that the people they welcome no longer feel judged.",
        body: "For two years, professionals, people with lived experience and families observed together the daily life of three services.\n\nThey identified the small habits that stigmatise: doors locked for no reason, medical jargon, waiting at the counter. Each team then chose its own changes and evaluated them with service users.",
      },
    },
    themes: ["anti-stigma", "co-production"],
    audiences: ["staff", "managers"],
    countryCode: "FR",
    firstPublishedAt: "2026-10-01T09:00:00Z",
  },
  {
    organisationSlug: "cornwall-partnership-nhs-trust",
    kind: "tool",
    originalLanguage: "en",
    original: {
      title: "Independent mental health advocacy: a resource suite",
      summary: "Guides, leaflets and training sessions that help advocates support people detained in hospital to speak up for themselves.",
      body: "The suite explains what independent advocates do and how services can make them easy to reach.\n\nIt includes a guide for ward staff, easy-read leaflets for patients, and a training programme for new advocates.",
    },
    machine: {
      fr: {
        title: "Défense indépendante des droits en santé mentale : un ensemble de ressources",
        summary: "Des guides, des dépliants et des formations qui aident les défenseurs à soutenir les personnes hospitalisées sans leur consentement.",
        body: "L'ensemble explique le rôle des défenseurs indépendants et comment les services peuvent faciliter leur accès.\n\nIl comprend un guide pour les équipes des unités, des dépliants faciles à lire pour les patients et un programme de formation pour les nouveaux défenseurs.",
      },
    },
    themes: ["advocacy", "human-rights"],
    audiences: ["people-who-use-services", "staff"],
    countryCode: "GB",
    firstPublishedAt: "2026-10-15T09:00:00Z",
  },
  {
    organisationSlug: "stockholm-mental-health-services",
    kind: "report",
    originalLanguage: "sv",
    original: {
      title: "Barns rättigheter på psykiatriska avdelningar",
      summary: "En rapport om hur barn och unga som vårdas på avdelning kan få information, bli lyssnade på och behålla kontakten med sin familj.",
      body: "Under ett år intervjuade vi barn, föräldrar och personal på fyra avdelningar.\n\nRapporten beskriver vad som fungerar: tydlig information om rättigheter, en fast kontaktperson och besökstider som passar familjerna.",
    },
    themes: ["children-and-young-people", "human-rights"],
    audiences: ["staff", "policy-makers", "families"],
    countryCode: "SE",
    firstPublishedAt: "2026-11-02T09:00:00Z",
  },
  {
    organisationSlug: "associazione-ticinese-voci-e-percorsi",
    kind: "service_description",
    originalLanguage: "it",
    original: {
      title: "Gruppi di pari per chi sente le voci",
      summary: "Gruppi settimanali in città, guidati da facilitatori con esperienza vissuta, aperti a chiunque senta le voci.",
      body: "I gruppi si incontrano ogni settimana in una sala del quartiere.\n\nLe linee guida del servizio descrivono come accogliere i nuovi partecipanti, come condividere le esperienze e come sostenere i facilitatori.",
    },
    machine: {
      fr: {
        title: "Groupes de pairs pour les personnes qui entendent des voix",
        summary: "Des groupes hebdomadaires en ville, animés par des personnes ayant une expérience vécue, ouverts à toute personne qui entend des voix.",
        body: "Les groupes se réunissent chaque semaine dans une salle du quartier.\n\nLes lignes directrices du service décrivent comment accueillir les nouveaux participants, partager les expériences et soutenir les animateurs.",
      },
    },
    themes: ["hearing-voices", "peer-support"],
    audiences: ["people-who-use-services", "families"],
    countryCode: "CH",
    settings: ["community"],
    evidence: "local_evaluation",
    hostsVisitors: true,
    firstPublishedAt: "2026-11-20T09:00:00Z",
  },
];

/** Adds the demo entries whose organisation exists and has no library entry yet; returns how many. */
export async function seedDemoLibraryEntries(prisma: PrismaClient) {
  let added = 0;
  for (const entry of demoLibraryEntries) {
    const organisation = await prisma.organisation.findUnique({
      where: { slug: entry.organisationSlug },
      select: { id: true, _count: { select: { libraryEntries: true } } },
    });
    if (!organisation || organisation._count.libraryEntries > 0) continue;
    const publishedAt = new Date(entry.firstPublishedAt);
    const texts = [
      ...Object.entries(entry.original).map(([field, text]) => ({ language: entry.originalLanguage, field, text, origin: "original" as const, sourceSha256: null })),
      ...Object.entries(entry.machine ?? {}).flatMap(([language, fields]) =>
        Object.entries(fields).map(([field, text]) => ({
          language,
          field,
          text,
          origin: "machine" as const,
          sourceSha256: sourceDigest(entry.original[field as keyof Texts]),
        })),
      ),
    ] as { language: string; field: keyof Texts; text: string; origin: "original" | "machine"; sourceSha256: string | null }[];
    await prisma.$transaction(async (tx) => {
      const created = await tx.libraryEntry.create({
        data: { organisationId: organisation.id, kind: entry.kind, originalLanguage: entry.originalLanguage },
      });
      const revision = await tx.libraryRevision.create({
        data: {
          entryId: created.id,
          number: 1,
          status: "published",
          themes: entry.themes,
          audiences: entry.audiences,
          countryCode: entry.countryCode,
          settings: entry.settings ?? [],
          evidence: entry.evidence ?? null,
          hostsVisitors: entry.hostsVisitors ?? false,
          serviceLanguages: entry.kind === "service_description" ? [entry.originalLanguage] : [],
          submittedAt: publishedAt,
          decidedAt: publishedAt,
          texts: { create: texts },
        },
      });
      await tx.libraryEntry.update({ where: { id: created.id }, data: { publishedRevisionId: revision.id, firstPublishedAt: publishedAt } });
    });
    added++;
  }
  return added;
}
