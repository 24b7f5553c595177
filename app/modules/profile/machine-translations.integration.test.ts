// Machine translations of an organisation's description, through the job runner, against
// the msw stand-in of the service.
import { afterEach, beforeEach, expect, test } from "vitest";
import { overrideTranslationService } from "~/mechanisms/translations/machine-translation.server";
import { sourceDigest } from "~/mechanisms/translations/source-digest";
import { runJobsNow } from "../../../tests/fixtures/machine-translation";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { translationApiUrl, translationService } from "../../../tests/mocks/translation-service";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { descriptionTranslationOffer, requestDescriptionTranslations, unfinishedDescriptionTranslations } from "./machine-translations.server";

const database = setUpTestDatabase();

beforeEach(async () => {
  translationService.reset();
  overrideTranslationService({ url: translationApiUrl });
  await database.prisma.scheduledJob.deleteMany();
});
afterEach(() => overrideTranslationService(undefined));

async function organisationDescribedIn(language: string, text: string) {
  const organisation = await createOrganisation(database.prisma);
  await database.prisma.organisationDescription.create({ data: { organisationId: organisation.id, language, text, origin: "original" } });
  return organisation;
}

const descriptions = (organisationId: string) =>
  database.prisma.organisationDescription.findMany({
    where: { organisationId },
    orderBy: { language: "asc" },
    select: { language: true, text: true, origin: true, sourceSha256: true },
  });

async function ask(organisationId: string, targets: string[]) {
  const admin = await createPerson(database.prisma);
  return requestDescriptionTranslations(database.prisma, { organisationId, targets, requestedBy: admin.id });
}

test("the original is translated into the other portal languages, marked machine, with its digest", async () => {
  const text = "Nous accompagnons les personnes vers le rétablissement.";
  const organisation = await organisationDescribedIn("fr", text);
  expect(await ask(organisation.id, ["en", "it", "es", "sv", "fr"])).toEqual({ ok: true, targets: ["en", "it", "es", "sv"] });
  expect(await runJobsNow(database.prisma)).toEqual({ done: 4, failed: 0 });
  expect(await descriptions(organisation.id)).toEqual([
    { language: "en", text: `en: ${text}`, origin: "machine", sourceSha256: sourceDigest(text) },
    { language: "es", text: `es: ${text}`, origin: "machine", sourceSha256: sourceDigest(text) },
    { language: "fr", text, origin: "original", sourceSha256: null },
    { language: "it", text: `it: ${text}`, origin: "machine", sourceSha256: sourceDigest(text) },
    { language: "sv", text: `sv: ${text}`, origin: "machine", sourceSha256: sourceDigest(text) },
  ]);
  expect(await unfinishedDescriptionTranslations(database.prisma, organisation.id)).toEqual([]);
});

test("a description a person translated is never replaced, and is not even sent", async () => {
  const organisation = await organisationDescribedIn("it", "Salute mentale di comunità.");
  await database.prisma.organisationDescription.create({
    data: { organisationId: organisation.id, language: "en", text: "Community mental health.", origin: "human" },
  });
  await ask(organisation.id, ["en", "es"]);
  expect(await runJobsNow(database.prisma)).toEqual({ done: 2, failed: 0 });
  expect((await descriptions(organisation.id)).find((description) => description.language === "en")).toMatchObject({
    text: "Community mental health.",
    origin: "human",
  });
  expect(translationService.requests.map((request) => request.target)).toEqual(["es"]);
});

test("a machine translation of an older original is made again from the current one", async () => {
  const organisation = await organisationDescribedIn("en", "New text.");
  await database.prisma.organisationDescription.create({
    data: { organisationId: organisation.id, language: "sv", text: "sv: Old text.", origin: "machine", sourceSha256: sourceDigest("Old text.") },
  });
  await ask(organisation.id, ["sv"]);
  await runJobsNow(database.prisma);
  expect((await descriptions(organisation.id)).find((description) => description.language === "sv")).toMatchObject({
    text: "sv: New text.",
    sourceSha256: sourceDigest("New text."),
  });
});

test("a language the service does not offer fails, and the profile says why", async () => {
  translationService.offered = ["en", "fr"];
  const organisation = await organisationDescribedIn("en", "Text.");
  await ask(organisation.id, ["sv"]);
  await runJobsNow(database.prisma);
  expect(await unfinishedDescriptionTranslations(database.prisma, organisation.id)).toMatchObject([
    { targetLanguage: "sv", status: "failed", failure: "unsupportedLanguage" },
  ]);
});

test("503 then success: retried with backoff, written once", async () => {
  const organisation = await organisationDescribedIn("en", "Text.");
  await ask(organisation.id, ["fr"]);
  translationService.failNext = [503];
  expect(await runJobsNow(database.prisma)).toEqual({ done: 0, failed: 1 });
  expect(await runJobsNow(database.prisma)).toEqual({ done: 1, failed: 0 });
  expect((await descriptions(organisation.id)).map((description) => description.language)).toEqual(["en", "fr"]);
});

test("refused without an original, and without a service (then nothing is offered)", async () => {
  const organisation = await createOrganisation(database.prisma);
  expect(await ask(organisation.id, ["fr"])).toEqual({ ok: false, error: "noOriginal" });
  overrideTranslationService(null);
  expect(await ask(organisation.id, ["fr"])).toEqual({ ok: false, error: "machineTranslationUnavailable" });
  expect(await descriptionTranslationOffer(database.prisma, organisation.id, [])).toBeNull();
  expect(await database.prisma.scheduledJob.count()).toBe(0);
});
