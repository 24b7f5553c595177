// The demo events' content reads right in every language and adds up to what issue 13
// promises, before any of it reaches a database.
import { describe, expect, test } from "vitest";
import { languages, type Language } from "~/utils/languages";
import {
  capitalisedCalendarWords,
  frenchTypographyProblems,
  italianTypographyProblems,
  spanishTypographyProblems,
  swedishTypographyProblems,
} from "../../tests/unit/typography";
import { demoParticipants } from "./event-participants";
import { demoEvents, type DemoEvent } from "./events";
import { demoOrganisations } from "./organisations";
import { demoPeople } from "./people";
import { seasons } from "~/modules/events/vocabulary";

const typography: Partial<Record<Language, (text: string) => string[]>> = {
  fr: frenchTypographyProblems,
  it: italianTypographyProblems,
  es: spanishTypographyProblems,
  sv: swedishTypographyProblems,
};

/** Every piece of text of an event in `language`, named for the failure message. */
function textsOf(event: DemoEvent, language: Language) {
  const pieces: [string, string][] = [];
  for (const season of event.type === "international_school" ? seasons : [null]) {
    const text = event.texts(season)[language];
    pieces.push([`${event.key}.${language}.title(${season})`, text.title]);
    pieces.push([`${event.key}.${language}.description`, text.description], [`${event.key}.${language}.fee`, text.fee]);
    pieces.push([`${event.key}.${language}.codeOfConduct`, text.codeOfConduct]);
  }
  for (const question of event.questions) {
    const text = question.texts[language];
    pieces.push([`${event.key}.${question.key}.${language}`, text.label]);
    for (const label of text.choiceLabels ?? []) pieces.push([`${event.key}.${question.key}.${language}.choice`, label]);
  }
  return pieces;
}

const person = (registration: DemoEvent["registrations"][number]) => ("person" in registration ? registration.person : null);
const placesTaken = (event: DemoEvent, outcomes: string[]) =>
  event.registrations
    .filter((registration) => outcomes.includes(registration.outcome))
    .reduce((sum, registration) => sum + ("delegates" in registration ? registration.delegates.length : 1), 0);

describe.each(demoEvents.map((event) => [event.key, event] as const))("the demo %s", (_, event) => {
  test("has its title, description, fee and code of conduct in all five languages, one of them the original", () => {
    const texts = event.texts("spring");
    expect(Object.keys(texts).sort()).toEqual([...languages].sort());
    expect(Object.entries(texts).filter(([, text]) => text.origin === "original").map(([language]) => language)).toEqual([event.originalLanguage]);
    for (const text of Object.values(texts)) {
      expect(text.title.length).toBeGreaterThan(10);
      expect(text.description.split("\n\n").length).toBeGreaterThanOrEqual(3);
      expect(text.fee.length).toBeGreaterThan(10);
      expect(text.codeOfConduct.length).toBeGreaterThan(300);
    }
    for (const question of event.questions) {
      expect(Object.entries(question.texts).filter(([, text]) => text.origin === "original").map(([language]) => language)).toEqual([event.originalLanguage]);
      for (const text of Object.values(question.texts)) expect(text.choiceLabels?.length ?? 0).toBe(question.choiceKeys?.length ?? 0);
    }
  });

  test.each(languages)("follows the typography of %s, months and days in lower case", (language) => {
    const check = typography[language];
    const problems = textsOf(event, language).flatMap(([name, text]) => [
      ...(check ? check(text) : []),
      ...capitalisedCalendarWords(text, language),
    ].map((problem) => `${name}: ${problem}`));
    expect(problems).toEqual([]);
  });

  test("is hosted by an active founder partner, in a time zone of the host's country, and registers known people", () => {
    const host = demoOrganisations.find((organisation) => organisation.slug === event.hostSlug)!;
    expect(host).toMatchObject({ isFounderPartner: true, status: "active", countryCode: event.countryCode, city: event.city });
    expect(new Intl.DateTimeFormat("en", { timeZone: event.timeZone }).resolvedOptions().timeZone).toBe(event.timeZone);
    const known = new Set([...demoPeople.map((p) => p.email), ...demoParticipants.map((p) => p.email)]);
    for (const registration of event.registrations) {
      if ("person" in registration) expect(known, registration.person).toContain(registration.person);
      else expect(demoOrganisations.find((organisation) => organisation.slug === registration.group)?.status).toBe("active");
    }
    const people = event.registrations.map(person).filter((email) => email !== null);
    expect(new Set(people).size, "nobody registers twice").toBe(people.length);
  });

  test("answers only its own questions, with one of their choices, and applicants say why they apply", () => {
    for (const registration of event.registrations) {
      if (!("person" in registration)) continue;
      for (const [key, value] of Object.entries(registration.answers ?? {})) {
        const question = event.questions.find((candidate) => candidate.key === key);
        expect(question, `${registration.person}: ${key}`).toBeDefined();
        if (question!.kind === "choice") expect(question!.choiceKeys).toContain(value);
        if (question!.kind === "yes_no") expect(["yes", "no"]).toContain(value);
      }
      if (event.mode === "application") expect(registration.motivation?.length, registration.person).toBeGreaterThan(40);
    }
  });
});

test("the school is nearly full, with places kept for its host; the conference is full with five entries waiting; ten attended the visit", () => {
  const [school, conference, visit] = ["school", "conference", "studyVisit"].map((key) => demoEvents.find((event) => event.key === key)!) as [DemoEvent, DemoEvent, DemoEvent];
  expect(school).toMatchObject({ type: "international_school", mode: "application", capacity: 20 });
  expect(school.allotments).toEqual([{ organisationSlug: school.hostSlug, places: 4, releasesDaysBeforeStart: 14 }]);
  expect(placesTaken(school, ["confirmed"])).toBe(17);
  expect(school.when.daysFromToday).toBeGreaterThan(45);
  expect(school.when.daysFromToday).toBeLessThan(75);

  expect(conference).toMatchObject({ type: "conference", mode: "first_come", capacity: 60 });
  expect(placesTaken(conference, ["confirmed"])).toBe(60);
  expect(conference.registrations.filter((registration) => registration.outcome === "waitlisted")).toHaveLength(5);
  // Everyone after the first one waiting waits too: nobody jumps the queue.
  const firstWaiting = conference.registrations.findIndex((registration) => registration.outcome === "waitlisted");
  expect(conference.registrations.slice(firstWaiting).every((registration) => registration.outcome === "waitlisted")).toBe(true);

  expect(visit).toMatchObject({ type: "study_visit", capacity: 12 });
  expect(visit.when.daysFromToday + visit.when.days).toBeLessThan(0);
  expect(placesTaken(visit, ["attended"])).toBe(10);
});
