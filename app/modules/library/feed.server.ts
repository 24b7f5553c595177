// What the library shows outside its own pages: the Atom feed of new public entries per
// language (RFC 4287), the sitemap's entries, an organisation's published entries on its
// public page, and the counts the dashboard's commitments are computed from.
//
// "Public" here is one rule, `publicEntryWhere`: a published revision, of an entry that
// is not archived, whose visibility is public. A members-only entry never reaches the
// feed or the sitemap.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { LibraryEntryKind, TranslationOrigin } from "~/generated/prisma/enums";
import { pickTranslation } from "~/mechanisms/translations/pick-translation";
import { i18nServer } from "~/utils/i18n.server";
import { languages, type Language } from "~/utils/languages";

/** Entries anyone may read. */
export const publicEntryWhere = {
  archivedAt: null,
  publishedRevision: { is: { status: "published", visibility: "public" } },
} satisfies Prisma.LibraryEntryWhereInput;

/** Entries a network member (or staff) may read: public and members-only. */
const publishedEntryWhere = {
  archivedAt: null,
  publishedRevision: { is: { status: "published" } },
} satisfies Prisma.LibraryEntryWhereInput;

/** How many entries the feed carries: the newest. */
export const feedSize = 50;

const textSelect = {
  where: { field: { in: ["title", "summary"] } },
  select: { language: true, field: true, text: true, origin: true },
} satisfies Prisma.LibraryRevision$textsArgs;

type StoredText = { language: string; field: string; text: string; origin: TranslationOrigin };

/** A field in the reader's language, else the original (pickTranslation's rule). */
function fieldIn<T extends StoredText>(texts: readonly T[], field: string, language: Language): T | null {
  return pickTranslation(
    texts.filter((text) => text.field === field),
    language,
  )?.translation ?? null;
}

// XML 1.0 allows only these characters; anything else (a stray control character in a
// title) would make the whole feed unreadable, so it is dropped.
// eslint-disable-next-line no-control-regex
const notXmlCharacter = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text or an attribute value, escaped for XML. */
export function xmlText(value: string) {
  return value
    .replace(notXmlCharacter, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A tag: URI (RFC 4151) under the portal's host: stable ids for the feed and its entries. */
function tagUri(origin: string, specific: string) {
  return `tag:${new URL(origin).hostname},2026:${specific}`;
}

const isoDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** The Atom feed of the newest public entries, in `language` where they have it, else in their original. */
export async function libraryFeed(prisma: PrismaClient, language: Language, origin: string) {
  const t = await i18nServer.getFixedT(language, ["library-files", "library", "common"]);
  const entries = await prisma.libraryEntry.findMany({
    where: { ...publicEntryWhere, firstPublishedAt: { not: null } },
    orderBy: [{ firstPublishedAt: "desc" }, { id: "asc" }],
    take: feedSize,
    select: {
      id: true,
      kind: true,
      firstPublishedAt: true,
      organisation: { select: { name: true, slug: true } },
      publishedRevision: { select: { decidedAt: true, updatedAt: true, texts: textSelect } },
    },
  });
  const items = entries.map((entry) => {
    const revision = entry.publishedRevision!;
    const title = fieldIn(revision.texts, "title", language);
    const summary = fieldIn(revision.texts, "summary", language);
    const published = entry.firstPublishedAt!;
    const updated = revision.decidedAt ?? revision.updatedAt;
    return { entry, title, summary, published, updated: updated > published ? updated : published };
  });
  // The feed changed when its newest change happened; an empty feed, when the library began.
  const feedUpdated = items.reduce<Date | null>((latest, item) => (!latest || item.updated > latest ? item.updated : latest), null) ?? new Date("2026-12-01T00:00:00Z");
  const siteName = t("common:site.name");
  const self = `${origin}/${language}/library/feed.xml`;
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`,
    `  <id>${xmlText(tagUri(origin, `library/feed/${language}`))}</id>`,
    `  <title>${xmlText(`${t("feed.title")} · ${siteName}`)}</title>`,
    `  <subtitle>${xmlText(t("feed.subtitle"))}</subtitle>`,
    `  <updated>${isoDate(feedUpdated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(`${origin}/${language}`)}"/>`,
    `  <author><name>${xmlText(siteName)}</name><uri>${xmlText(`${origin}/${language}`)}</uri></author>`,
    ...items.flatMap(({ entry, title, summary, published, updated }) => {
      // The entry's language is the title's: the reader's where it exists, else the original's.
      const entryLanguage = title?.language ?? language;
      return [
        `  <entry xml:lang="${xmlText(entryLanguage)}">`,
        `    <id>${xmlText(tagUri(origin, `library/entry/${entry.id}`))}</id>`,
        `    <title>${xmlText(title?.text ?? t(`library:kinds.${entry.kind}`))}</title>`,
        `    <link rel="alternate" type="text/html" href="${xmlText(`${origin}/${language}/library/${entry.id}`)}"/>`,
        `    <published>${isoDate(published)}</published>`,
        `    <updated>${isoDate(updated)}</updated>`,
        `    <author><name>${xmlText(entry.organisation.name)}</name><uri>${xmlText(`${origin}/${language}/members/${entry.organisation.slug}`)}</uri></author>`,
        `    <category term="${xmlText(entry.kind)}" label="${xmlText(t(`library:kinds.${entry.kind}`))}"/>`,
        ...(summary
          ? [`    <summary type="text"${summary.language === entryLanguage ? "" : ` xml:lang="${xmlText(summary.language)}"`}>${xmlText(summary.text)}</summary>`]
          : []),
        `  </entry>`,
      ];
    }),
    `</feed>`,
    "",
  ];
  return lines.join("\n");
}

/** The public pages every language has, for the sitemap (paths after /<lang>). */
const publicPaths = ["", "/about", "/charter", "/members", "/events"];

/** A page the sitemap lists, by its path after /<lang>, from another area (events). */
export type SitemapPage = { path: string; modified?: Date };

/**
 * /sitemap.xml (sitemaps.org 0.9): the public pages, the public member pages, the
 * public library entries and the pages other areas name (`morePages`: the events), each
 * in every language with its hreflang alternates.
 */
export async function sitemap(prisma: PrismaClient, origin: string, morePages: readonly SitemapPage[] = []) {
  const [organisations, entries] = await Promise.all([
    prisma.organisation.findMany({ where: { status: "active" }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    prisma.libraryEntry.findMany({
      where: publicEntryWhere,
      select: { id: true, publishedRevision: { select: { decidedAt: true, updatedAt: true } } },
      orderBy: { firstPublishedAt: "desc" },
    }),
  ]);
  const pages: SitemapPage[] = [
    ...publicPaths.map((path) => ({ path })),
    ...organisations.map((organisation) => ({ path: `/members/${organisation.slug}`, modified: organisation.updatedAt })),
    ...entries.map((entry) => ({
      path: `/library/${entry.id}`,
      modified: entry.publishedRevision?.decidedAt ?? entry.publishedRevision?.updatedAt,
    })),
    ...morePages,
  ];
  const url = (language: Language, path: string) => xmlText(`${origin}/${language}${path}`);
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
    ...pages.flatMap(({ path, modified }) =>
      languages.flatMap((language) => [
        `  <url>`,
        `    <loc>${url(language, path)}</loc>`,
        ...(modified ? [`    <lastmod>${isoDate(modified)}</lastmod>`] : []),
        ...languages.map((other) => `    <xhtml:link rel="alternate" hreflang="${other}" href="${url(other, path)}"/>`),
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${url("en", path)}"/>`,
        `  </url>`,
      ]),
    ),
    `</urlset>`,
    "",
  ];
  return lines.join("\n");
}

export type OrganisationEntry = {
  id: string;
  kind: LibraryEntryKind;
  title: string;
  titleLanguage: string;
  membersOnly: boolean;
  publishedAt: string;
};

/**
 * An organisation's published entries for its public page, newest first: public ones for
 * everyone, members-only ones too when the reader is a network member or staff.
 */
export async function publishedEntriesOf(prisma: PrismaClient, organisationId: string, language: Language, { includeMembersOnly }: { includeMembersOnly: boolean }) {
  const entries = await prisma.libraryEntry.findMany({
    where: { organisationId, ...(includeMembersOnly ? publishedEntryWhere : publicEntryWhere) },
    orderBy: [{ firstPublishedAt: "desc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      kind: true,
      firstPublishedAt: true,
      createdAt: true,
      publishedRevision: { select: { visibility: true, decidedAt: true, texts: { where: { field: "title" }, select: textSelect.select } } },
    },
  });
  return entries.flatMap((entry): OrganisationEntry[] => {
    const revision = entry.publishedRevision!;
    const title = fieldIn(revision.texts, "title", language);
    if (!title) return [];
    return [
      {
        id: entry.id,
        kind: entry.kind,
        title: title.text,
        titleLanguage: title.language,
        membersOnly: revision.visibility === "members",
        publishedAt: (entry.firstPublishedAt ?? revision.decidedAt ?? entry.createdAt).toISOString(),
      },
    ];
  });
}

/**
 * What the commitments "describe services" and "share good practice" are computed from:
 * the organisation's published, not archived entries (of either visibility: a members-only
 * entry is shared with the network too), service descriptions apart from the rest (good
 * practice and every kind of resource).
 */
export async function publishedEntryCounts(prisma: PrismaClient, organisationId: string) {
  const groups = await prisma.libraryEntry.groupBy({
    by: ["kind"],
    where: { organisationId, ...publishedEntryWhere },
    _count: { _all: true },
  });
  const count = (match: (kind: LibraryEntryKind) => boolean) => groups.filter((group) => match(group.kind)).reduce((sum, group) => sum + group._count._all, 0);
  return {
    serviceDescriptions: count((kind) => kind === "service_description"),
    goodPracticeAndResources: count((kind) => kind !== "service_description"),
  };
}
