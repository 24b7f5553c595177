// Running an event from the door to the last certificate, the organiser on a phone (390 px
// wide). A coordinator creates a workshop in Reykjavík of their own (other tests pick the list's conference and school by their kind; so no other test's
// event is touched) whose answers are kept 1 day after its end, and three demo people
// register with dietary and accessibility needs and an answer to the event's own question;
// each is told the day their answers will be erased. The organiser downloads the list as
// CSV (read back with a CSV parser: byte-order mark, header, one row each, the own
// question's column, a formula-like answer escaped), prints the badges (the PDF read back:
// every name), and at the door checks two people in by searching their names, one of them
// twice from a second phone, which is told they were already checked in. Then the event
// ends (the test clock: server/e2e-calendar.ts moves its calendar and its timed jobs back):
// the two who came, and only they, are mailed their certificate (attached, with their name)
// and a feedback link in their language; one answers anonymously through the link without
// signing in, and cannot answer twice; the organiser sees the result, the comment marked
// anonymous. Then the calendar moves past the retention: the registrant's page says their
// answers were erased, the organisers' list and its CSV no longer hold them, and the
// certificate stays: downloaded from the account, its verification address says genuine.
// axe on the new pages (check-in, feedback form, feedback results, verification).
import type { Locator, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { demoPeople } from "../../prisma/seed-data/people";
import { pdfPages } from "../setup/pdf-text";
import { attachmentBytes, waitForMailAbout } from "./mail";
import { expect, sharedAccounts, test, type SharedAccount } from "./signed-in";
import { expectNoAxeViolations, say, t, type Language } from "./utils";
import { formatDate } from "~/utils/format";

const phone = { width: 390, height: 844 };
const day = 86_400_000;
// Iceland keeps UTC all year: the times typed in the form are the instants' own.
const zone = "Atlantic/Reykjavik";
const wallTime = (instant: number) => new Date(instant).toISOString().slice(0, 16);
const longDate = (instant: number, language: Language) => formatDate(new Date(instant), language, { dateStyle: "long", timeZone: zone });

const e = (namespace: string, key: string, values: Record<string, string> = {}) => say("en", namespace, key, values);
const workshopQuestion = "Which workshop would you like to join?";

/** The demo people who register, as the portal knows them, and what each answers. */
const registrants = {
  sara: { account: "trieste-member", dietary: "Vegetariana, senza noci", accessibility: "", workshop: "Peer support café", forOrganisation: "Dipartimento di Salute Mentale di Trieste" },
  per: { account: "person", dietary: "Laktosfri, gärna växtbaserat", accessibility: "Step-free access, please", workshop: "Open dialogue", forOrganisation: null },
  // Says "- no preference": a spreadsheet would take the leading minus for a formula.
  marco: { account: "trieste-editor", dietary: "", accessibility: "", workshop: "- no preference", forOrganisation: null },
} as const satisfies Record<string, { account: SharedAccount; dietary: string; accessibility: string; workshop: string; forOrganisation: string | null }>;

const person = (account: SharedAccount) => demoPeople.find((demo) => demo.email === sharedAccounts[account])!;

/** The file a click on `link` downloads, as bytes, with the name the browser was given. */
async function download(page: Page, link: Locator) {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** The registrations page's CSV, parsed as a spreadsheet program would: header and rows as records. */
function readCsv(bytes: Buffer) {
  // Strict: every record has as many fields as the header.
  const rows = parse(bytes, { bom: true }) as string[][];
  const [header, ...records] = rows;
  return { header: header!, records: records.map((record) => Object.fromEntries(header!.map((column, index) => [column, record[index]!]))) };
}

test.describe("running an event, the organiser on a phone", () => {
  test.use({ signedInAs: "coordinator", viewport: phone, hasTouch: true });

  test("exports the list, prints badges, checks two people in (one twice); after the event the attendees give feedback, and after the retention their answers are gone and the certificate stays", async ({
    page,
    signedInPage,
    browser,
    request,
  }) => {
    test.setTimeout(300_000);
    const title = `Reykjavík Forum ${Date.now()}`;
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    // Registration open now; the event in two days, ending 12 hours later. Moved 3 days back
    // it is over (12 hours ago) and the answers (kept 1 day) still there; 1 more, they are due.
    const endsAt = now + 2 * day + 12 * 60 * 60_000;

    // The coordinator writes the event, with 1 day of retention for every answer it asks.
    await page.goto("/en/coordination/events/new");
    const field = (key: string) => page.getByLabel(e("event-admin", `fields.${key}`), { exact: true });
    await field("type").selectOption("workshop");
    await page.getByLabel(e("follow-up", "eventForm.programmeHours"), { exact: true }).fill("12");
    await field("venue").fill("Harpa");
    await field("city").fill("Reykjavík");
    await field("country").selectOption("IS");
    await field("timeZone").selectOption(zone);
    await field("startsAt").fill(wallTime(now + 2 * day));
    await field("endsAt").fill(wallTime(endsAt));
    await field("capacity").fill("10");
    await field("opensAt").fill(wallTime(now - day));
    await field("closesAt").fill(wallTime(now + day));
    for (const answer of ["dietary", "accessibility", "interpretation"]) {
      await page.getByLabel(e("follow-up", `eventForm.retention.${answer}`), { exact: true }).fill("1");
    }
    const text = (key: string) => page.getByLabel(e("event-admin", "fields.textIn", { field: e("event-admin", `fields.${key}`), language: "English" }), { exact: true });
    await text("title").fill(title);
    await text("description").fill("Two days on community mental health, by the harbour.");
    const question = page.getByRole("group", { name: e("event-admin", "questions.number", { number: "1" }), exact: true });
    await question.getByLabel(e("event-admin", "questions.labelIn", { number: "1", language: "English" }), { exact: true }).fill(workshopQuestion);
    await question.getByLabel(e("follow-up", "eventForm.question.retentionDays"), { exact: true }).fill("1");
    await page.getByRole("button", { name: e("event-admin", "new.create") }).click();
    await expect(page.getByRole("status")).toContainText(e("event-admin", "notices.created"));
    const eventId = /\/coordination\/events\/([A-Za-z0-9_-]+)\/edit/.exec(page.url())![1]!;
    await page.getByRole("button", { name: e("event-admin", "edit.publish"), exact: true }).click();
    await expect(page.getByRole("status")).toContainText(e("event-admin", "notices.published"));

    // Three people register; each is told, before answering, the day their answers go.
    const registrationPages: Partial<Record<keyof typeof registrants, string>> = {};
    const pages: Partial<Record<keyof typeof registrants, Page>> = {};
    for (const [who, answers] of Object.entries(registrants) as [keyof typeof registrants, (typeof registrants)[keyof typeof registrants]][]) {
      const registrant = await signedInPage(answers.account);
      pages[who] = registrant;
      await registrant.goto(`/en/events/${eventId}/register`);
      await expect(registrant.getByRole("region", { name: e("follow-up", "retention.heading") })).toContainText(
        say("en", "follow-up", "retention.before.all_one", { formatted: "1", date: longDate(endsAt + day, "en") }),
      );
      if (answers.forOrganisation) await registrant.getByLabel(e("registration", "form.onBehalf")).selectOption({ label: answers.forOrganisation });
      if (answers.dietary) await registrant.getByLabel(e("registration", "form.dietaryNeeds")).fill(answers.dietary);
      if (answers.accessibility) await registrant.getByLabel(e("registration", "form.accessibilityNeeds")).fill(answers.accessibility);
      await registrant.getByLabel(workshopQuestion).fill(answers.workshop);
      await registrant.getByLabel(e("registration", "form.acceptConduct")).check();
      await registrant.getByRole("button", { name: e("registration", "register.submit") }).click();
      await expect(registrant.getByRole("status")).toHaveText(e("registration", "one.notices.confirmed"));
      registrationPages[who] = new URL(registrant.url()).pathname;
    }
    const sara = person(registrants.sara.account);
    const per = person(registrants.per.account);
    const marco = person(registrants.marco.account);

    // The organisers' list, with everyone's answers, and its CSV as a spreadsheet reads it.
    await page.goto(`/en/coordination/events/${eventId}/edit`);
    await page.getByRole("link", { name: e("event-admin", "edit.registrations") }).click();
    await expect(page.getByRole("heading", { level: 1, name: e("registration", "organisers.title") })).toBeVisible();
    const rowOf = (name: string) => page.getByRole("row").filter({ hasText: name });
    await expect(rowOf(per.name)).toContainText(`${registrants.per.dietary} · ${registrants.per.accessibility}`);
    await expect(rowOf(sara.name)).toContainText(e("registration", "organisers.answer", { question: workshopQuestion, answer: registrants.sara.workshop }));
    await expectNoAxeViolations(page);
    const csv = await download(page, page.getByRole("link", { name: say("en", "participants", "download.csv") }));
    expect(csv.name).toMatch(/-participants\.csv$/);
    // The byte-order mark first, so a spreadsheet reads the accents as UTF-8.
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const column = (key: string) => say("en", "participants", `export.columns.${key}`, { zone });
    const list = readCsv(csv.bytes);
    expect(list.header).toEqual([
      ...["name", "email", "organisation", "country", "status", "registeredAt", "listVisibility", "checkedInAt", "dietary", "accessibility", "interpretation", "motivation"].map(column),
      workshopQuestion,
    ]);
    expect(list.records.map((record) => record[column("name")]).sort()).toEqual([marco.name, per.name, sara.name].sort());
    const record = (name: string) => list.records.find((row) => row[column("name")] === name)!;
    expect(record(sara.name)).toMatchObject({
      [column("email")]: sara.email,
      [column("organisation")]: registrants.sara.forOrganisation,
      [column("country")]: "Italy",
      [column("status")]: e("registration", "statuses.confirmed"),
      [column("dietary")]: registrants.sara.dietary,
      [column("checkedInAt")]: "",
      [workshopQuestion]: registrants.sara.workshop,
    });
    expect(record(per.name)).toMatchObject({ [column("dietary")]: registrants.per.dietary, [column("accessibility")]: registrants.per.accessibility, [column("organisation")]: "" });
    expect(record(marco.name)[column("registeredAt")]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(record(marco.name)[workshopQuestion]).toBe(`'${registrants.marco.workshop}`);

    // The badges: one for each person confirmed, the PDF read back as a reader sees it.
    const badges = await download(page, page.getByRole("navigation", { name: e("event-admin", "running.nav.label") }).getByRole("link", { name: e("event-admin", "running.nav.badges") }));
    expect(badges.name).toMatch(/\.pdf$/);
    const { text: badgeText } = await pdfPages(badges.bytes);
    for (const name of [sara.name, per.name, marco.name]) expect(badgeText).toContain(name);
    expect(badgeText).toContain(registrants.sara.forOrganisation);
    expect(badgeText).toContain(title);

    // At the door: search by name, one tap; a second phone still showing Per taps him too.
    await page.getByRole("navigation", { name: e("event-admin", "running.nav.label") }).getByRole("link", { name: e("event-admin", "running.nav.check-in") }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${e("check-in", "title")}`) })).toBeVisible();
    const counts = page.locator(".door__counts dd");
    await expect(counts.nth(0)).toHaveText("0");
    await expect(counts.nth(1)).toHaveText("3");
    await expectNoAxeViolations(page);
    const otherDoor = await signedInPage("coordinator");
    await otherDoor.setViewportSize(phone);
    await otherDoor.goto(`${page.url().split("?")[0]}?q=persson`);
    const checkInButton = (door: Page, name: string) => door.getByRole("button", { name: `${e("check-in", "results.checkIn")} ${name}` });
    await expect(checkInButton(otherDoor, per.name)).toBeVisible();

    const search = page.getByLabel(e("check-in", "search.label"));
    await search.pressSequentially("sara c", { delay: 60 });
    await checkInButton(page, sara.name).tap();
    await expect(page.getByRole("status").filter({ hasText: e("check-in", "answers.checkedIn", { name: sara.name }) })).toBeVisible();
    await search.fill("persson");
    const perAtDoor = page.getByRole("listitem").filter({ hasText: per.name });
    await checkInButton(page, per.name).tap();
    await expect(page.getByRole("status").filter({ hasText: e("check-in", "answers.checkedIn", { name: per.name }) })).toBeVisible();
    await expect(perAtDoor).toContainText(new RegExp(e("check-in", "results.arrivedAt", { time: "\\d\\d:\\d\\d" })));
    const arrivedAt = /(\d\d:\d\d)/.exec((await perAtDoor.textContent()) ?? "")![1]!;
    await expect(counts.nth(0)).toHaveText("2");
    await checkInButton(otherDoor, per.name).tap();
    await expect(otherDoor.getByRole("status").filter({ hasText: e("check-in", "answers.alreadyCheckedIn", { name: per.name, time: arrivedAt }) })).toBeVisible();
    await expect(otherDoor.locator(".door__counts dd").nth(0)).toHaveText("2");
    await expectNoAxeViolations(page);

    // The event ends. The two who came are mailed, in their language, their certificate and a feedback link.
    expect((await request.post(`/__e2e/events/${eventId}/move-back?days=3`)).status()).toBe(204);
    const afterEventMail = async (demo: typeof sara) => {
      const language = demo.preferredLanguage as Language;
      const mail = await waitForMailAbout(demo.email, say(language, "email", "attendanceAfterEvent.subject", { event: title }));
      expect(mail.language).toBe(language);
      const attached = mail.attachments.find((attachment) => attachment.contentType === "application/pdf")!;
      expect((await pdfPages(attachmentBytes(attached))).text).toContain(demo.name);
      return { language, link: new URL(/https?:\/\/\S+\/events\/feedback\/[A-Za-z0-9_-]{43}/.exec(mail.text)![0]).pathname };
    };
    const [, perMail] = await Promise.all([afterEventMail(sara), afterEventMail(per)]);
    // Marco did not come: his registration's page has no certificate nor feedback to give.
    await pages.marco!.goto(registrationPages.marco!);
    await expect(pages.marco!.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(pages.marco!.getByRole("heading", { name: e("attendance", "after.heading") })).toHaveCount(0);

    // Per answers through the link, without signing in, anonymously; a second time is not offered.
    const visitor = await browser.newContext({ viewport: phone, hasTouch: true });
    const feedback = await visitor.newPage();
    const sv = (key: string) => say(perMail.language, "attendance", key);
    await feedback.goto(perMail.link);
    await expect(feedback.getByRole("heading", { level: 1, name: sv("feedback.title") })).toBeVisible();
    await expectNoAxeViolations(feedback);
    const rate = (rating: string, score: string) => feedback.getByRole("group", { name: sv(`feedback.${rating}`) }).getByLabel(sv(`feedback.scores.${score}`)).check();
    await rate("overall", "4");
    await rate("content", "5");
    await rate("organisation", "3");
    const comment = "Bra samtal om öppen dialog, men för få pauser.";
    await feedback.getByLabel(sv("feedback.comment")).fill(comment);
    await feedback.getByLabel(sv("feedback.anonymous")).check();
    await feedback.getByRole("button", { name: sv("feedback.submit") }).click();
    await expect(feedback.getByRole("status")).toHaveText(sv("feedback.thanks"));
    await feedback.goto(perMail.link);
    await expect(feedback.getByText(sv("feedback.answered"))).toBeVisible();
    await expect(feedback.getByRole("button", { name: sv("feedback.submit") })).toHaveCount(0);

    // The organiser sees the result: one answer, its scores, and the comment without a name.
    await page.getByRole("navigation", { name: e("event-admin", "running.nav.label") }).getByRole("link", { name: e("event-admin", "running.nav.feedback") }).click();
    await expect(page.getByRole("heading", { level: 1, name: e("attendance", "results.title") })).toBeVisible();
    await expect(page.getByText(say("en", "attendance", "results.answers_one", { formatted: "1" }), { exact: true })).toBeVisible();
    await expect(page.getByText(e("attendance", "results.mailed", { date: longDate(Date.now(), "en") }), { exact: false })).toBeVisible();
    await expect(page.getByRole("region", { name: e("attendance", "feedback.overall") })).toContainText(e("attendance", "results.average", { average: "4" }));
    await expect(page.getByRole("region", { name: e("attendance", "feedback.content") })).toContainText(e("attendance", "results.average", { average: "5" }));
    const comments = page.getByRole("region", { name: e("attendance", "results.comments") });
    await expect(comments.getByRole("listitem")).toHaveCount(1);
    await expect(comments).toContainText(comment);
    await expect(comments).toContainText(`${e("attendance", "results.anonymous")} · ${e("attendance", "results.writtenIn", { language: "Swedish" })}`);
    await expect(comments).not.toContainText(per.name);
    await expectNoAxeViolations(page);

    // Until the retention runs out, Per's answers are kept, and his page says until when.
    const perPage = pages.per!;
    await perPage.goto(registrationPages.per!);
    const retention = perPage.getByRole("region", { name: e("follow-up", "retention.heading") });
    await expect(retention).toContainText(e("follow-up", "retention.after.all", { date: longDate(endsAt - 3 * day + day, "en") }));

    // The retention runs out: the erasure job (every 5 s) blanks the answers.
    expect((await request.post(`/__e2e/events/${eventId}/move-back?days=1`)).status()).toBe(204);
    await expect(async () => {
      await perPage.reload();
      await expect(retention).toContainText(e("follow-up", "retention.after.allErased", { date: longDate(Date.now(), "en") }), { timeout: 1_000 });
    }).toPass({ timeout: 60_000 });

    // The organisers' list and its CSV no longer hold them; the registrations and attendance stay.
    await page.goto(`/en/coordination/events/${eventId}/registrations`);
    await expect(rowOf(per.name)).toContainText(e("registration", "statuses.attended"));
    await expect(rowOf(per.name)).not.toContainText(registrants.per.dietary);
    await expect(rowOf(sara.name)).not.toContainText(registrants.sara.workshop);
    const erased = readCsv((await download(page, page.getByRole("link", { name: say("en", "participants", "download.csv") }))).bytes);
    expect(erased.records).toHaveLength(3);
    for (const row of erased.records) {
      expect([row[column("dietary")], row[column("accessibility")], row[workshopQuestion]]).toEqual(["", "", ""]);
    }
    expect(erased.records.find((row) => row[column("name")] === sara.name)![column("status")]).toBe(e("registration", "statuses.attended"));

    // The certificate stays: Sara downloads it from her account, and its address says it is genuine.
    const saraPage = pages.sara!;
    await saraPage.goto(registrationPages.sara!);
    const certificate = await download(saraPage, saraPage.getByRole("link", { name: e("attendance", "after.certificate") }));
    const { text: certificateText } = await pdfPages(certificate.bytes);
    expect(certificateText).toContain(sara.name);
    expect(certificateText).toContain(title);
    const [verification, certificateLanguage] = /\/(en|fr|it|es|sv)\/events\/certificates\/[A-Za-z0-9_-]{22}/.exec(certificateText.replace(/\s+/g, "")) ?? [];
    expect(verification).toBeTruthy();
    const verify = await visitor.newPage();
    await verify.goto(verification!);
    await expect(verify.getByText(t(certificateLanguage as Language, "attendance", "verify.genuine"))).toBeVisible();
    await expect(verify.locator("dd").first()).toHaveText(sara.name);
    await expectNoAxeViolations(verify);
    await visitor.close();
  });
});
