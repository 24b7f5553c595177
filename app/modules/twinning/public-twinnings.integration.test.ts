// What the public sees of twinning: agreed and active agreements, their partners and
// titles, on the network's table and on each organisation's public page; never a draft,
// never an agreement's text beyond its title.
import { describe, expect, test } from "vitest";
import { createAgreementRecord } from "../../../tests/fixtures/agreement-records";
import { makeRequest, testContext } from "../../../tests/fixtures/people";
import { answer } from "../../../tests/setup/in-process-app";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { activeTwinningsOf, hasActiveTwinning } from "./public-twinnings.server";

const database = setUpTestDatabase();

const visit = async (path: string) => {
  const response = await answer(makeRequest(path), testContext);
  return { status: response.status, page: (await response.text()).replace(/<script[\s\S]*?<\/script>/g, "") };
};

describe("public twinnings", () => {
  test("the network's table lists active and agreed twinnings with both partners, their countries, the title and the dates, and no draft", async () => {
    const active = await createAgreementRecord(database.prisma, { status: "active" });
    const proposed = await createAgreementRecord(database.prisma, { status: "proposed", revisions: 1 });
    const { status, page } = await visit("/en/twinning");
    expect(status).toBe(200);
    expect(page).toContain(active.lille.name);
    expect(page).toContain(active.trieste.name);
    expect(page).toContain(`href="/en/members/${active.trieste.slug}"`);
    expect(page).toContain("France");
    expect(page).toContain("Italy");
    expect(page).toContain("Lille and Trieste twinning");
    expect(page).toContain("April 1, 2027 – March 31, 2029");
    expect(page).not.toContain(proposed.lille.name);
    expect(page).not.toContain("open dialogue");
  });

  test("an organisation's public page shows its twinnings: the partner, linked, and the title in the reader's language, never the text", async () => {
    const { lille, trieste } = await createAgreementRecord(database.prisma, { status: "agreed" });
    const { page } = await visit(`/fr/members/${lille.slug}`);
    expect(page).toContain("Jumelages");
    expect(page).toContain(`href="/fr/members/${trieste.slug}"`);
    expect(page).toContain("Jumelage Lille–Trieste");
    expect(page).not.toContain("dialogue ouvert");
  });

  test("activeTwinningsOf and hasActiveTwinning count agreed and active agreements, not those still being negotiated", async () => {
    const agreed = await createAgreementRecord(database.prisma, { status: "agreed" });
    const revised = await createAgreementRecord(database.prisma, { status: "revised", revisions: 2 });
    expect(await hasActiveTwinning(database.prisma, agreed.lille.id)).toBe(true);
    expect(await hasActiveTwinning(database.prisma, agreed.trieste.id)).toBe(true);
    expect(await hasActiveTwinning(database.prisma, revised.lille.id)).toBe(false);
    const [twinning] = await activeTwinningsOf(database.prisma, agreed.trieste.id, "it");
    expect(twinning).toMatchObject({ partner: { name: agreed.lille.name, slug: agreed.lille.slug }, title: "Lille and Trieste twinning", titleLanguage: "en" });
    expect(twinning).not.toHaveProperty("objectives");
  });

  test("the sitemap lists the twinning page in every language", async () => {
    const response = await answer(makeRequest("/sitemap.xml"), testContext);
    const xml = await response.text();
    expect(xml).toContain("/en/twinning</loc>");
    expect(xml).toContain("/sv/twinning</loc>");
  });
});
