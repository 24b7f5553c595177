// Running events end to end, in two languages. In French a coordinator creates a summer
// school with 3 places (a refused form first: no season, and it keeps what was typed),
// publishes it, and finds it in the public list. In Italian Trieste's admin prepares a
// draft their organisation hosts, and a coordinator publishes it from the drafts awaiting
// publication. axe on each new page. Then the French school fills: three people take its
// places, a fourth waits at position 1; one cancels, and the fourth follows the offer mail
// and accepts the place; the calendar file opens in a calendar program's parser.
import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { waitForMailAbout } from "./mail";
import { expect, sharedAccounts, test, type SharedAccount } from "./signed-in";
import { expectNoAxeViolations, type Language, say, t } from "./utils";

const endonyms: Record<Language, string> = { en: "English", fr: "Français", it: "Italiano", es: "Español", sv: "Svenska" };

/** Fills the event form's facts: a school in Trieste, typed as it reads there. */
async function fillSchool(page: Page, language: Language, title: string, { season }: { season: boolean }) {
  const field = (key: string) => page.getByLabel(say(language, "event-admin", `fields.${key}`), { exact: true });
  await field("type").selectOption("international_school");
  if (season) await field("season").selectOption("summer");
  await field("venue").fill("Parco di San Giovanni");
  await field("city").fill("Trieste");
  await field("country").selectOption("IT");
  await field("timeZone").selectOption("Europe/Rome");
  await field("startsAt").fill("2027-07-05T09:00");
  await field("endsAt").fill("2027-07-09T17:00");
  await field("capacity").fill("3");
  await field("opensAt").fill("2026-11-01T09:00");
  await field("closesAt").fill("2027-06-01T23:59");
  const text = (key: string) => page.getByLabel(say(language, "event-admin", "fields.textIn", { field: say(language, "event-admin", `fields.${key}`), language: endonyms[language] }), { exact: true });
  await text("title").fill(title);
  await text("description").fill("Cinq jours à Trieste.");
  await text("conduct").fill("Bienveillance.");
}

test.describe("in French, a coordinator", () => {
  test.use({ signedInAs: "coordinator" });

  test("creates a school with 3 places, corrects a refused form, publishes it, and it is in the public list; it fills, and a place freed goes to the person waiting", async ({ page, signedInPage }) => {
    test.setTimeout(300_000);
    const title = `École d’été ${Date.now()}`;
    await page.goto("/fr/coordination/events");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: say("fr", "event-admin", "overview.new") }).click();
    await expect(page.getByRole("heading", { level: 1, name: say("fr", "event-admin", "new.title") })).toBeVisible();
    await expectNoAxeViolations(page);

    // No season: refused, and what was typed is kept.
    await fillSchool(page, "fr", title, { season: false });
    await page.getByRole("button", { name: say("fr", "event-admin", "new.create") }).click();
    const summary = page.getByRole("alert").filter({ hasText: t("fr", "forms", "summary.heading") });
    await expect(summary).toContainText(t("fr", "forms", "errors.seasonRequired"));
    await expect(page.getByLabel(say("fr", "event-admin", "fields.venue"), { exact: true })).toHaveValue("Parco di San Giovanni");
    await expectNoAxeViolations(page);

    await page.getByLabel(say("fr", "event-admin", "fields.season"), { exact: true }).selectOption("summer");
    await page.getByRole("button", { name: say("fr", "event-admin", "new.create") }).click();
    await expect(page.getByRole("status")).toContainText(say("fr", "event-admin", "notices.created"));
    await expect(page.getByRole("heading", { level: 1, name: say("fr", "event-admin", "edit.title") })).toBeVisible();
    await expect(page.getByLabel(say("fr", "event-admin", "fields.startsAt"), { exact: true })).toHaveValue("2027-07-05T09:00");
    const eventId = /\/coordination\/events\/([A-Za-z0-9_-]+)\/edit/.exec(page.url())![1]!;
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: say("fr", "event-admin", "edit.publish"), exact: true }).click();
    await expect(page.getByRole("status")).toContainText(say("fr", "event-admin", "notices.published"));

    await page.goto("/fr/events");
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(/\(Europe\/Rome\)/).first()).toBeVisible();

    // The cancel step asks the reason first.
    await page.goto("/fr/coordination/events");
    await page.getByRole("link", { name: `${say("fr", "event-admin", "overview.edit")} ${title}` }).click();
    await page.getByRole("button", { name: say("fr", "event-admin", "edit.cancel") }).click();
    await expect(page.getByRole("heading", { name: say("fr", "event-admin", "cancel.heading") })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: say("fr", "event-admin", "cancel.back") }).click();
    await expect(page.getByRole("button", { name: say("fr", "event-admin", "edit.save") })).toBeVisible();

    // Three people take the three places; the fourth waits at position 1.
    const register = async (account: SharedAccount) => {
      const registrant = await signedInPage(account);
      await registrant.goto(`/fr/events/${eventId}/register`);
      await registrant.getByLabel(say("fr", "registration", "form.acceptConduct")).check();
      await registrant.getByRole("button", { name: say("fr", "registration", "register.submit") }).click();
      await expect(registrant.getByRole("status")).toBeVisible();
      return registrant;
    };
    const first = await register("trieste-member");
    await expect(first.locator("dd").getByText(say("fr", "registration", "statuses.confirmed"))).toBeVisible();
    await register("trieste-editor");
    await register("network-admin");
    const fourth = await register("person");
    await expect(fourth.getByRole("status")).toContainText(say("fr", "registration", "one.notices.waitlisted", { position: "1" }));

    // The first cancels (after the confirmation step): the place is offered to the fourth at once, by mail.
    await first.getByRole("button", { name: say("fr", "registration", "one.cancel") }).click();
    await first.getByRole("button", { name: say("fr", "registration", "one.cancelConfirm") }).click();
    await expect(first.getByRole("status")).toHaveText(say("fr", "registration", "one.notices.cancelled"));
    // The offer (their second mail about the school, after the waiting list's) is in the person's
    // own language, and its link leads to their registration.
    const offer = await waitForMailAbout(sharedAccounts.person, title, 2);
    const link = new URL(/https?:\/\/\S+\/account\/registrations\/[A-Za-z0-9_-]+/.exec(offer.text)![0]);
    const theirs = offer.language as Language;
    await fourth.goto(link.pathname);
    await expect(fourth.getByRole("heading", { name: t(theirs, "registration", "one.offerHeading") })).toBeVisible();
    await expectNoAxeViolations(fourth);
    await fourth.getByRole("button", { name: t(theirs, "registration", "one.accept") }).click();
    await expect(fourth.getByRole("status")).toHaveText(t(theirs, "registration", "one.notices.accepted"));

    // The calendar file opens, as a calendar program reads it: the school, at its time in Trieste.
    await fourth.goto(`/${theirs}/events/${eventId}`);
    const calendarHref = (await fourth.getByRole("link", { name: t(theirs, "events", "public.calendar") }).getAttribute("href"))!;
    const calendar = await fourth.request.get(calendarHref);
    expect(calendar.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const file = new ICAL.Component(ICAL.parse(await calendar.text()));
    ICAL.TimezoneService.register(new ICAL.Timezone(file.getFirstSubcomponent("vtimezone")!));
    const school = new ICAL.Event(file.getFirstSubcomponent("vevent")!);
    expect(school.summary).toBe(title);
    expect(school.startDate.toJSDate().toISOString()).toBe("2027-07-05T07:00:00.000Z");
  });
});

test.describe("in Italian, Trieste's admin", () => {
  test.use({ signedInAs: "trieste-admin" });

  test("prepares a draft the organisation hosts, and a coordinator publishes it", async ({ page, signedInPage }) => {
    test.setTimeout(120_000);
    const title = `Scuola d’estate ${Date.now()}`;
    await page.goto("/it/organisations/trieste-mental-health-department/events");
    await expect(page.getByRole("heading", { level: 1, name: say("it", "event-admin", "hosted.title") })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: say("it", "event-admin", "hosted.new") }).click();
    await expectNoAxeViolations(page);
    await fillSchool(page, "it", title, { season: true });
    await page.getByRole("button", { name: say("it", "event-admin", "hosted.saveDraft") }).click();
    await expect(page.getByRole("status")).toContainText(say("it", "event-admin", "notices.draftSaved"));
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: say("it", "event-admin", "hosted.editTitle") })).toBeVisible();
    await expectNoAxeViolations(page);

    const coordinator = await signedInPage("coordinator");
    await coordinator.goto("/it/coordination/events");
    const drafts = coordinator.getByRole("region", { name: say("it", "event-admin", "overview.drafts") });
    await drafts.getByRole("button", { name: `${say("it", "event-admin", "overview.publish")} ${title}` }).click();
    await expect(coordinator.getByRole("status")).toContainText(say("it", "event-admin", "notices.published"));

    await page.reload();
    await expect(page.getByText(say("it", "event-admin", "hosted.noLongerEditable"))).toBeVisible();
  });
});
