// Every table that can hold something about a person is claimed by one area's
// privacy.server.ts, so a person's export and erasure cannot forget it.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { coverageProblems, readSchemaModels } from "~/mechanisms/privacy/coverage";
import { personalDataAreas } from "./personal-data.server";

/** Tables with nothing about a person in them, and why. A table with a person's id or address cannot be listed here. */
const holdingNothingPersonal: Record<string, string> = {
  Organisation: "an organisation's own profile; its public contact address is the organisation's",
  OrganisationDescription: "an organisation's description, per language",
  CharterVersion: "the Charter's versions",
  CharterText: "the Charter's text, per language",
  LibraryEntry: "an organisation's library entry; who wrote each revision is in LibraryRevision",
  LibraryText: "an entry's texts, per field and language",
  LibraryAttachment: "files an organisation attached to an entry",
  Theme: "the network's theme taxonomy",
  ThemeName: "a theme's name, per language",
  GlossaryTerm: "a term of the network's glossary",
  GlossaryWord: "a glossary term's agreed word, per language",
  EventText: "an event's texts, per field and language",
  EventQuestion: "an event's own questions",
  EventQuestionText: "an event question's label and choices, per language",
  EventAllotment: "places an event reserves for member organisations",
  AppSecret: "secrets the portal makes for itself",
  MachineTranslationRequest: "which machine translations of an entry or a description were asked for; who asked is in the audit log",
  ScheduledJob:
    "timed work: payloads name records by id, never a person's details; an area whose job is about a person cancels it (cancelJob) in its own erase step",
};

test("every table is claimed by an area's privacy.server.ts or holds nothing about a person", () => {
  const models = readSchemaModels(readFileSync("prisma/schema.prisma", "utf8"));
  const claimed = new Map(personalDataAreas.flatMap(({ area, models }) => models.map((model) => [model, area] as const)));
  const problems = coverageProblems(models, claimed, holdingNothingPersonal).map(({ model, problem }) => `${model} ${problem}`);
  expect(problems).toEqual([]);
});

test("every area's file is found, and they run in the order of their names", () => {
  expect(personalDataAreas.map((area) => area.area)).toEqual([
    "accounts",
    "audit",
    "auth",
    "charter",
    "email",
    "events",
    "experts",
    "library",
    "membership",
    "people",
    "twinning",
  ]);
});
