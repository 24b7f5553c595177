// The Atom feed (read with a strict XML reader and held to RFC 4287's required elements),
// the sitemap and robots.txt, an organisation's public page listing its entries, and the
// commitments computed from published entries.
import { beforeAll, describe, expect, test } from "vitest";
import { computeCommitments } from "~/modules/membership/commitments.server";
import * as memberRoute from "~/routes/$lang.members.$slug";
import * as feedRoute from "~/routes/$lang.library.feed[.xml]";
import * as robotsRoute from "~/routes/robots[.txt]";
import * as sitemapRoute from "~/routes/sitemap[.xml]";
import { createLibraryEntry } from "../../../tests/fixtures/library-files";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { childNamed, childrenNamed, parseXml, type XmlElement } from "../../../tests/fixtures/strict-xml";
import { answer } from "../../../tests/setup/in-process-app";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { feedSize } from "./feed.server";

const database = setUpTestDatabase();
const hostileTitle = "Café & <script>alert('x')</script> \u0007 “quoted” ]]>";

let organisation: { id: string; slug: string; name: string };
let entries: Record<"italian" | "swedishOnly" | "membersOnly" | "archived" | "draft" | "hostile", string>;

beforeAll(async () => {
  const { prisma } = database;
  organisation = await createOrganisation(prisma, { name: "Dipartimento di Salute Mentale & Dipendenze" });
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12));
  const make = (options: Omit<Parameters<typeof createLibraryEntry>[1], "organisationId">) =>
    createLibraryEntry(prisma, { organisationId: organisation.id, ...options }).then((entry) => entry.entryId);
  entries = {
    italian: await make({
      kind: "service_description",
      originalLanguage: "it",
      publishedAt: at(3),
      texts: [
        { language: "it", field: "title", text: "Centro di salute mentale aperto 24 ore" },
        { language: "it", field: "summary", text: "Un servizio di comunità sempre aperto." },
        { language: "fr", field: "title", text: "Centre de santé mentale ouvert 24 h/24", origin: "machine" },
      ],
    }),
    swedishOnly: await make({
      kind: "report",
      originalLanguage: "sv",
      publishedAt: at(5),
      texts: [
        { language: "sv", field: "title", text: "Rapport om brukarinflytande" },
        { language: "sv", field: "summary", text: "Hur brukare påverkar vården." },
      ],
    }),
    membersOnly: await make({ visibility: "members", publishedAt: at(6), texts: [{ language: "en", field: "title", text: "For members: budget notes" }] }),
    archived: await make({ archived: true, publishedAt: at(7), texts: [{ language: "en", field: "title", text: "An archived entry" }] }),
    draft: await make({ status: "draft", texts: [{ language: "en", field: "title", text: "A draft entry" }] }),
    hostile: await make({ publishedAt: at(8), texts: [{ language: "en", field: "title", text: hostileTitle }, { language: "en", field: "summary", text: "x < y && y > z" }] }),
  };
});

async function feed(language: string) {
  const response = await feedRoute.loader({ request: new Request(`http://localhost/${language}/library/feed.xml`), params: { lang: language }, context: testContext });
  return { response, xml: await response.text() };
}

const text = (element: XmlElement, name: string) => childNamed(element, name).text;
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** RFC 4287's musts for a feed and its entries (4.1.1, 4.1.2), as a validator would check them. */
function expectValidAtom(root: XmlElement) {
  expect(root.name).toBe("feed");
  expect(root.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
  for (const name of ["id", "title", "updated"]) expect(childrenNamed(root, name), name).toHaveLength(1);
  expect(text(root, "updated")).toMatch(rfc3339);
  expect(new URL(text(root, "id")).protocol).toBe("tag:");
  const self = childrenNamed(root, "link").filter((link) => link.attributes.rel === "self");
  expect(self).toHaveLength(1);
  const feedHasAuthor = childrenNamed(root, "author").length > 0;
  const alternates = new Set<string>();
  for (const entry of childrenNamed(root, "entry")) {
    for (const name of ["id", "title", "updated"]) expect(childrenNamed(entry, name), `entry ${name}`).toHaveLength(1);
    expect(text(entry, "updated")).toMatch(rfc3339);
    expect(text(entry, "id")).toMatch(/^tag:localhost,2026:library\/entry\/[a-z0-9]+$/);
    // An entry has an author, or the feed does.
    expect(feedHasAuthor || childrenNamed(entry, "author").length > 0).toBe(true);
    for (const author of childrenNamed(entry, "author")) expect(childrenNamed(author, "name")).toHaveLength(1);
    // No content element, so an alternate link is required; at most one per type and language.
    const alternate = childrenNamed(entry, "link").filter((link) => (link.attributes.rel ?? "alternate") === "alternate");
    expect(alternate).toHaveLength(1);
    expect(alternate[0]!.attributes.href).toMatch(/^http:\/\/localhost:\d+\/\w\w\/library\/[a-z0-9]+$/);
    alternates.add(alternate[0]!.attributes.href!);
  }
  expect(alternates.size).toBe(childrenNamed(root, "entry").length);
}

describe("the Atom feed", () => {
  test("is well-formed Atom, served as such", async () => {
    const { response, xml } = await feed("fr");
    expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    expectValidAtom(parseXml(xml));
  });

  test("holds the public, published entries, newest first, and nothing members-only, archived or unpublished", async () => {
    const root = parseXml((await feed("en")).xml);
    const ids = childrenNamed(root, "entry").map((entry) => text(entry, "id").split("/").pop());
    expect(ids).toEqual([entries.hostile, entries.swedishOnly, entries.italian]);
    expect(childrenNamed(root, "entry").map((entry) => text(entry, "published"))).toEqual([
      "2026-11-08T12:00:00Z",
      "2026-11-05T12:00:00Z",
      "2026-11-03T12:00:00Z",
    ]);
    expect(text(root, "updated")).toBe("2026-11-08T12:00:00Z");
  });

  test("gives each entry in the feed's language where it has it, else in its original, and says which", async () => {
    const root = parseXml((await feed("fr")).xml);
    expect(root.attributes["xml:lang"]).toBe("fr");
    expect(text(root, "title")).toBe("Nouveautés de la bibliothèque · Réseau de santé mentale communautaire");
    const byId = new Map(childrenNamed(root, "entry").map((entry) => [text(entry, "id").split("/").pop(), entry]));
    const italian = byId.get(entries.italian)!;
    expect(italian.attributes["xml:lang"]).toBe("fr");
    expect(text(italian, "title")).toBe("Centre de santé mentale ouvert 24 h/24");
    // Its summary has no French yet: the original Italian, marked as such.
    expect(childNamed(italian, "summary").attributes["xml:lang"]).toBe("it");
    expect(text(italian, "summary")).toBe("Un servizio di comunità sempre aperto.");
    expect(childNamed(italian, "link").attributes.href).toMatch(new RegExp(`/fr/library/${entries.italian}$`));
    expect(childNamed(childNamed(italian, "author"), "name").text).toBe("Dipartimento di Salute Mentale & Dipendenze");
    expect(childNamed(italian, "category").attributes).toMatchObject({ term: "service_description", label: "Description de service" });
    const swedish = byId.get(entries.swedishOnly)!;
    expect(swedish.attributes["xml:lang"]).toBe("sv");
    expect(text(swedish, "title")).toBe("Rapport om brukarinflytande");
  });

  test("carries hostile text as text: escaped, with characters XML forbids dropped", async () => {
    const { xml } = await feed("en");
    expect(xml).not.toContain("<script>");
    const hostile = childrenNamed(parseXml(xml), "entry").find((entry) => text(entry, "id").endsWith(entries.hostile))!;
    expect(text(hostile, "title")).toBe(hostileTitle.replace("\u0007", ""));
    expect(text(hostile, "summary")).toBe("x < y && y > z");
  });

  test(`keeps the newest ${feedSize}`, async () => {
    const other = await createOrganisation(database.prisma);
    for (let i = 0; i < feedSize; i++) await createLibraryEntry(database.prisma, { organisationId: other.id, publishedAt: new Date(Date.UTC(2026, 11, 2, 0, i)) });
    const root = parseXml((await feed("it")).xml);
    expectValidAtom(root);
    expect(childrenNamed(root, "entry")).toHaveLength(feedSize);
    await database.prisma.libraryEntry.deleteMany({ where: { organisationId: other.id } });
  });

  test("an unknown language is a 404", async () => {
    const outcome = await outcomeOf(() => feedRoute.loader({ request: new Request("http://localhost/de/library/feed.xml"), params: { lang: "de" }, context: testContext }));
    expect(outcome.status).toBe(404);
  });

  test("the home page and the library's pages point to it in their head; other pages do not", async () => {
    const home = await (await answer(new Request("http://localhost/sv"), testContext)).text();
    expect(home).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/sv\/library\/feed.xml" title="Nytt i biblioteket \(Atom-flöde\)"\/>/);
    const about = await (await answer(new Request("http://localhost/sv/about"), testContext)).text();
    expect(about).not.toContain("application/atom+xml");
  });
});

describe("the sitemap", () => {
  test("lists public pages, member pages and public entries in every language with hreflang alternates, and nothing private", async () => {
    const response = await sitemapRoute.loader();
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    const root = parseXml(await response.text());
    expect(root.name).toBe("urlset");
    expect(root.attributes.xmlns).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const urls = childrenNamed(root, "url");
    const locations = urls.map((url) => new URL(text(url, "loc")).pathname);
    for (const language of ["en", "fr", "it", "es", "sv"]) {
      expect(locations).toContain(`/${language}`);
      expect(locations).toContain(`/${language}/members/${organisation.slug}`);
      expect(locations).toContain(`/${language}/library/${entries.italian}`);
    }
    for (const hidden of [entries.membersOnly, entries.archived, entries.draft]) expect(locations.some((path) => path.includes(hidden))).toBe(false);
    const italian = urls.find((url) => new URL(text(url, "loc")).pathname === `/es/library/${entries.italian}`)!;
    expect(text(italian, "lastmod")).toBe("2026-11-03T12:00:00Z");
    expect(childrenNamed(italian, "xhtml:link").map((link) => link.attributes.hreflang)).toEqual(["en", "fr", "it", "es", "sv", "x-default"]);
  });

  test("is named, by its absolute address, in robots.txt", async () => {
    const body = await robotsRoute.loader().text();
    expect(body).toMatch(/^Sitemap: http:\/\/localhost:\d+\/sitemap\.xml$/m);
    expect(body).toContain("User-agent: *");
  });
});

describe("an organisation's public page", () => {
  async function page(cookie?: string) {
    const request = new Request(`http://localhost/fr/members/${organisation.slug}`, { headers: cookie ? { Cookie: cookie } : {} });
    return (await memberRoute.loader({ request, params: { lang: "fr", slug: organisation.slug }, context: testContext })) as Awaited<ReturnType<typeof memberRoute.loader>>;
  }

  test("lists its public, published entries in the reader's language, else in their original", async () => {
    const { entries: listed } = await page();
    expect(listed.map((entry) => [entry.id, entry.title, entry.titleLanguage, entry.kind])).toEqual([
      [entries.hostile, hostileTitle, "en", "good_practice"],
      [entries.swedishOnly, "Rapport om brukarinflytande", "sv", "report"],
      [entries.italian, "Centre de santé mentale ouvert 24 h/24", "fr", "service_description"],
    ]);
  });

  test("shows members-only entries to the network's members, marked, and never to a visitor", async () => {
    const other = await createOrganisation(database.prisma);
    const member = await createPerson(database.prisma);
    await database.prisma.organisationMembership.create({ data: { organisationId: other.id, userId: member.id, role: "member" } });
    const { entries: listed } = await page(await signedInCookie(database.prisma, member.id));
    expect(listed.find((entry) => entry.id === entries.membersOnly)).toMatchObject({ membersOnly: true, title: "For members: budget notes" });
    expect((await page()).entries.some((entry) => entry.id === entries.membersOnly)).toBe(false);
  });

  test("renders the list with links, kinds and dates", async () => {
    const html = await (await answer(new Request(`http://localhost/fr/members/${organisation.slug}`), testContext)).text();
    expect(html).toContain("Dans la bibliothèque");
    expect(html).toMatch(new RegExp(`<a lang="sv"[^>]* href="/fr/library/${entries.swedishOnly}">Rapport om brukarinflytande</a>`));
    expect(html).toContain("Rapport<!-- --> · <time");
    expect(html).not.toContain("budget notes");
  });
});

describe("the commitments", () => {
  const stateOf = async (organisationId: string, key: string) =>
    (await computeCommitments(database.prisma, organisationId, { signature: null })).find((commitment) => commitment.key === key)?.state;

  test("'describe services' is done with a published service description, 'share good practice' with a published good practice or resource", async () => {
    const { prisma } = database;
    const fresh = await createOrganisation(prisma);
    expect(await stateOf(fresh.id, "describeServices")).toBe("todo");
    expect(await stateOf(fresh.id, "shareGoodPractice")).toBe("todo");
    // Neither a draft nor an archived entry counts.
    await createLibraryEntry(prisma, { organisationId: fresh.id, kind: "service_description", status: "draft" });
    await createLibraryEntry(prisma, { organisationId: fresh.id, kind: "good_practice", archived: true });
    expect(await stateOf(fresh.id, "describeServices")).toBe("todo");
    expect(await stateOf(fresh.id, "shareGoodPractice")).toBe("todo");
    // A resource (a film) is good practice shared; a members-only one is shared with the network too.
    await createLibraryEntry(prisma, { organisationId: fresh.id, kind: "film", visibility: "members" });
    expect(await stateOf(fresh.id, "describeServices")).toBe("todo");
    expect(await stateOf(fresh.id, "shareGoodPractice")).toBe("done");
    await createLibraryEntry(prisma, { organisationId: fresh.id, kind: "service_description" });
    expect(await stateOf(fresh.id, "describeServices")).toBe("done");
  });

  test("another organisation's entries do not count", async () => {
    expect(await stateOf(organisation.id, "describeServices")).toBe("done");
    const fresh = await createOrganisation(database.prisma);
    expect(await stateOf(fresh.id, "describeServices")).toBe("todo");
  });
});
