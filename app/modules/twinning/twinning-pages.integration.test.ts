// The twinning pages as a browser gets them, rendered by the whole app: the reasons in the
// reader's language, and a partner's contact details nowhere in the page until both sides
// have accepted the introduction.
import { describe, expect, test } from "vitest";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { answer } from "../../../tests/setup/in-process-app";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { answerIntroduction, requestIntroduction } from "./introductions.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "" };

async function member(profile: { offers: string[]; seeks: string[]; languages: string[]; hostCapacity?: number; hostMonths?: number[] }, email: string) {
  const organisation = await createOrganisation(database.prisma, { publicEmail: `public-${email}` });
  const admin = await createPerson(database.prisma, { email, preferredLanguage: "fr" });
  await database.prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: admin.id, role: "admin" } });
  await database.prisma.twinningProfile.create({ data: { organisationId: organisation.id, hostCapacity: 0, hostMonths: [], ...profile } });
  return { organisation, admin, cookie: await signedInCookie(database.prisma, admin.id) };
}

const page = async (who: { organisation: { slug: string }; cookie: string }, language = "fr") => {
  const response = await answer(makeRequest(`/${language}/organisations/${who.organisation.slug}/twinning`, { cookie: who.cookie }), testContext);
  expect(response.status).toBe(200);
  return response.text();
};

describe("the twinning page, rendered", () => {
  test("a French reader sees the reasons in French, with theme, language, month and season names in French", async () => {
    const you = await member({ offers: ["peer-support"], seeks: ["crisis-response"], languages: ["fr", "it"] }, "vous@example.org");
    await member({ offers: ["crisis-response"], seeks: ["peer-support"], languages: ["it"], hostCapacity: 4, hostMonths: [3, 4, 5, 9] }, "partenaire@example.org");
    const html = await page(you);
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain("Partenaires suggérés");
    expect(html).toMatch(/Propose ces thèmes, que vous souhaitez apprendre\u202f: [^<]*crise/i);
    expect(html).toContain("Langues de travail en commun\u202f: italien");
    expect(html).toContain("Peut accueillir 4 visiteurs à la fois (printemps et septembre)");
    expect(html).toContain("Demander une mise en relation");
    // The first page also assembles the whole app in this process: seconds on a busy machine.
  }, 120_000);

  test("a partner's contact details are in neither page until both sides have accepted", async () => {
    const asking = await member({ offers: [], seeks: ["housing"], languages: ["fr"] }, "demande@example.org");
    const asked = await member({ offers: ["housing"], seeks: [], languages: ["fr"] }, "reponse@example.org");
    const result = await requestIntroduction(database.prisma, { organisationId: asking.organisation.id, partnerId: asked.organisation.id, actorId: asking.admin.id }, origin);
    if (!result.ok) throw new Error(result.error);
    expect(await page(asking)).not.toContain("reponse@example.org");
    expect(await page(asked)).not.toContain("demande@example.org");
    await answerIntroduction(database.prisma, { introductionId: result.introductionId, organisationId: asked.organisation.id, answer: "accepted", actorId: asked.admin.id }, origin);
    const afterwards = await page(asking);
    expect(afterwards).toContain("reponse@example.org");
    expect(afterwards).toContain("public-reponse@example.org");
    expect(await page(asked)).toContain("demande@example.org");
  });
});
