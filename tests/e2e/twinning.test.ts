// Twinning end to end, in two languages (issue 12): Lille's admin, in French, asks for an
// introduction to Trieste from the suggested partners; Trieste's admin, in Italian, accepts
// it, so both see each other's contact details. Lille drafts an agreement in French that
// starts today and proposes it; Trieste writes revision 2 (an Italian translation, one more
// exchange towards Lille); both sign it and the coordinator signs for the network (in
// English), so it is in force at once. Lille plans a staff exchange hosted by Trieste for
// today (the pages let an exchange be marked as taken place from its first day), Trieste
// confirms it, Lille marks it as taken place, both file their reports, and Lille downloads
// the participant's certificate and the agreement as PDFs, read back as text. axe on every
// page. A second test visits the pages the flow does not reach: the public list, the demo's
// Asturias–Cavan agreement (two revisions) as the coordinator: its history, a signature's check,
// a comment; the coordinators' twinning page.
import fs from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { pdfPages } from "../setup/pdf-text";
import { waitForMailAbout } from "./mail";
import { signIn } from "./people";
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, type Language, say, t } from "./utils";
import { demoPassword } from "../../prisma/seed-data/people";

const lille = { slug: "epsm-lille-metropole", name: "EPSM Lille Métropole", admin: "Claire Martin" };
const trieste = { slug: "trieste-mental-health-department", name: "Dipartimento di Salute Mentale di Trieste", admin: "Giulia Rossi" };
/** A party to the demo's agreement that waits for the network's signature on its revision 2. */
const cavan = "Cavan and Monaghan Mental Health Service";
const endonyms: Record<Language, string> = { en: "English", fr: "Français", it: "Italiano", es: "Español", sv: "Svenska" };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Lille's admin, signed in through the form (the account is not one of the shared sessions). */
async function lillePage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "fr", "lille-admin@example.org", demoPassword);
  return page;
}

/** Opens a page and checks it with axe. */
async function visit(page: Page, path: string) {
  await page.goto(path);
  await expectNoAxeViolations(page);
}

/** Signs the latest revision for `party` (the form named after it), with a title, after the confirmation box. */
async function sign(page: Page, language: Language, party: string, revision: number, title: string) {
  const form = page.getByRole("form", { name: say(language, "agreements", "sign.heading", { party }) });
  await form.getByLabel(t(language, "agreements", "sign.title"), { exact: true }).fill(title);
  await form.getByLabel(say(language, "agreements", "sign.confirmLabel", { number: String(revision) })).check();
  await form.getByRole("button", { name: t(language, "agreements", "sign.submit") }).click();
}

test.describe("twinning, from a suggestion to a staff exchange's certificate", () => {
  test("Lille (in French) and Trieste (in Italian) are introduced, agree and sign with the network, and exchange staff", async ({ browser, signedInPage }) => {
    test.setTimeout(360_000);
    const today = new Date();
    const inAYear = new Date(today.getTime() + 365 * 24 * 3600 * 1000);
    const title = "Jumelage Lille–Trieste : pair-aidance et sortie de l’hôpital";
    const titleIt = "Gemellaggio Lille–Trieste: supporto tra pari e uscita dall’ospedale";

    // Lille: the twinning page suggests Trieste; the request is sent from the keyboard.
    const fr = await lillePage(browser);
    await fr.goto(`/fr/organisations/${lille.slug}`);
    await fr.getByRole("link", { name: t("fr", "twinning", "nav.organisation"), exact: true }).click();
    await expect(fr.getByRole("heading", { level: 1, name: t("fr", "twinning", "page.title") })).toBeVisible();
    await expectNoAxeViolations(fr);
    const suggestion = fr.getByRole("listitem").filter({ has: fr.getByRole("heading", { level: 3, name: trieste.name }) });
    await expect(suggestion).toBeVisible();
    await suggestion.getByLabel(t("fr", "twinning", "suggestions.message")).fill("Nous aimerions apprendre de votre expérience de désinstitutionnalisation.");
    await fr.keyboard.press("Tab");
    await expect(suggestion.getByRole("button", { name: `${t("fr", "twinning", "suggestions.request")} ${trieste.name}` })).toBeFocused();
    await fr.keyboard.press("Enter");
    await expect(fr.getByRole("status")).toHaveText(t("fr", "twinning", "page.notices.requested"));
    await expect(suggestion.getByText(t("fr", "twinning", "suggestions.introductionOpen"))).toBeVisible();
    await expectNoAxeViolations(fr);

    // Trieste's admin is told by mail, in Italian, and follows its link; accepts: accepted by both,
    // and each sees the other's contact details.
    const request = await waitForMailAbout("trieste-admin@example.org", say("it", "email", "twinningIntroductionRequested.subject", { partner: lille.name }), 1, 90_000);
    expect(request.language).toBe("it");
    const it = await signedInPage("trieste-admin");
    await visit(it, new URL(/https?:\/\/\S+\/it\/organisations\/[a-z0-9-]+\/twinning\b\S*/.exec(request.text)![0]).pathname);
    await expect(it).toHaveURL(new RegExp(`/it/organisations/${trieste.slug}/twinning`));
    const incoming = it.getByRole("row").filter({ hasText: lille.name });
    await expect(incoming).toContainText(t("it", "twinning", "introductions.directions.incoming"));
    await incoming.getByRole("button", { name: `${t("it", "twinning", "introductions.accept")} ${lille.name}` }).click();
    await expect(it.getByRole("status")).toHaveText(t("it", "twinning", "page.notices.accepted"));
    await expect(incoming).toContainText(t("it", "twinning", "introductions.statuses.accepted"));
    await expect(incoming).toContainText(say("it", "twinning", "introductions.admin", { name: lille.admin }));
    await expectNoAxeViolations(it);
    await fr.reload();
    const outgoing = fr.getByRole("row").filter({ hasText: trieste.name });
    await expect(outgoing).toContainText(t("fr", "twinning", "introductions.statuses.accepted"));
    await expect(outgoing).toContainText(say("fr", "twinning", "introductions.admin", { name: trieste.admin }));
    expect((await waitForMailAbout("lille-admin@example.org", say("fr", "email", "twinningIntroductionAccepted.subject", { partner: trieste.name }))).language).toBe("fr");

    // Lille drafts the agreement in French, starting today, and proposes it.
    await fr.getByRole("navigation").getByRole("link", { name: t("fr", "agreements", "list.title"), exact: true }).click();
    await expect(fr.getByRole("heading", { level: 1, name: t("fr", "agreements", "list.title") })).toBeVisible();
    await expectNoAxeViolations(fr);
    await fr.getByRole("link", { name: t("fr", "agreements", "list.new") }).click();
    await expect(fr.getByRole("heading", { level: 1, name: t("fr", "agreements", "new.title") })).toBeVisible();
    await expectNoAxeViolations(fr);
    await fr.getByLabel(t("fr", "agreements", "fields.partner"), { exact: true }).selectOption({ label: trieste.name });
    await fr.getByLabel(say("fr", "agreements", "fields.titleIn", { language: endonyms.fr }), { exact: true }).fill(title);
    await fr
      .getByLabel(say("fr", "agreements", "fields.objectivesIn", { language: endonyms.fr }), { exact: true })
      .fill("Apprendre de Trieste comment les services accompagnent la sortie de l’hôpital.\n\nPartager avec Trieste notre expérience de la pair-aidance.");
    await fr.getByLabel(t("fr", "agreements", "fields.startsOn"), { exact: true }).fill(isoDay(today));
    await fr.getByLabel(t("fr", "agreements", "fields.endsOn"), { exact: true }).fill(isoDay(inAYear));
    await fr.getByRole("group", { name: t("fr", "agreements", "fields.themes") }).getByRole("checkbox").first().check();
    await fr.getByLabel(t("fr", "agreements", "fields.contact"), { exact: true }).selectOption({ label: lille.admin });
    await fr.getByRole("button", { name: t("fr", "agreements", "new.submit") }).click();
    await expect(fr.getByRole("status")).toHaveText(t("fr", "agreements", "notices.drafted"));
    await expect(fr.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectNoAxeViolations(fr);
    const agreementId = /\/twinning\/agreements\/([A-Za-z0-9_-]+)/.exec(fr.url())![1]!;
    const lilleAgreement = `/fr/organisations/${lille.slug}/twinning/agreements/${agreementId}`;
    await fr.getByRole("button", { name: t("fr", "agreements", "page.propose") }).click();
    await expect(fr.getByRole("status")).toHaveText(t("fr", "agreements", "notices.proposed"));
    await expect(fr.getByText(t("fr", "agreements", "statuses.proposed"), { exact: true })).toBeVisible();

    expect((await waitForMailAbout("trieste-admin@example.org", say("it", "email", "agreementProposed.subject", { title }))).language).toBe("it");

    // Trieste reads it (in French, marked as such) and writes revision 2: an Italian text, two exchanges towards Lille.
    await visit(it, `/it/organisations/${trieste.slug}/twinning/agreements`);
    await it.getByRole("link", { name: title }).click();
    await expect(it.getByRole("heading", { level: 1, name: title })).toHaveAttribute("lang", "fr");
    await expect(it.getByText(say("it", "agreements", "page.shownIn", { language: endonyms.fr }))).toBeVisible();
    await expectNoAxeViolations(it);
    await it.getByRole("link", { name: t("it", "agreements", "page.revise") }).click();
    await expect(it.getByRole("heading", { level: 1, name: t("it", "agreements", "revise.title") })).toBeVisible();
    await expectNoAxeViolations(it);
    await expect(it.getByLabel(say("it", "agreements", "fields.titleIn", { language: endonyms.fr }), { exact: true })).toHaveValue(title);
    await it.getByLabel(say("it", "agreements", "fields.titleIn", { language: endonyms.it }), { exact: true }).fill(titleIt);
    await it
      .getByLabel(say("it", "agreements", "fields.objectivesIn", { language: endonyms.it }), { exact: true })
      .fill("Imparare da Trieste come i servizi accompagnano l’uscita dall’ospedale.\n\nCondividere con Trieste l’esperienza di Lille del supporto tra pari.");
    await it.getByLabel(say("it", "agreements", "fields.exchangesFrom", { from: trieste.name, to: lille.name }), { exact: true }).fill("2");
    await it.getByRole("button", { name: t("it", "agreements", "revise.submit") }).click();
    await expect(it.getByRole("status")).toHaveText(t("it", "agreements", "notices.revised"));
    await expect(it.getByRole("heading", { level: 1, name: titleIt })).toBeVisible();

    // Trieste signs revision 2, read in Italian; then Lille, read in French.
    await sign(it, "it", trieste.name, 2, "Direttrice");
    await expect(it.getByRole("status")).toHaveText(t("it", "agreements", "notices.signed"));
    await expectNoAxeViolations(it);
    await fr.goto(lilleAgreement);
    await expect(fr.getByRole("heading", { level: 2, name: say("fr", "agreements", "page.terms", { number: "2" }) })).toBeVisible();
    await expectNoAxeViolations(fr);
    await sign(fr, "fr", lille.name, 2, "Responsable des partenariats");
    await expect(fr.getByRole("status")).toHaveText(t("fr", "agreements", "notices.signed"));

    // The coordinator finds it among the agreements awaiting the network and signs: in force today.
    const en = await signedInPage("coordinator");
    await visit(en, "/en/coordination/agreements");
    await en.getByRole("link", { name: title }).click();
    await expectNoAxeViolations(en);
    await sign(en, "en", t("en", "agreements", "parties.network"), 2, "Network coordinator");
    await expect(en.getByRole("status")).toHaveText(t("en", "agreements", "notices.agreed"));
    await expect(en.getByText(t("en", "agreements", "statuses.active"), { exact: true })).toBeVisible();
    await expectNoAxeViolations(en);

    // The history compares revisions 1 and 2: the exchanges towards Lille went from 1 to 2.
    await fr.goto(lilleAgreement);
    await expect(fr.getByText(t("fr", "agreements", "statuses.active"), { exact: true })).toBeVisible();
    await fr.getByRole("link", { name: t("fr", "agreements", "page.history") }).click();
    await expect(fr.getByRole("heading", { level: 1, name: new RegExp(t("fr", "agreement-record", "history.title")) })).toBeVisible();
    const termsTable = fr.getByRole("table", { name: t("fr", "agreement-record", "history.termsHeading") });
    await expect(termsTable.getByRole("row").filter({ hasText: say("fr", "agreement-record", "fields.exchangesBToA", { a: lille.name, b: trieste.name }) })).toContainText("2");
    await expectNoAxeViolations(fr);

    // Lille plans a staff exchange from the agreement page: Trieste hosts, today, with Claire Martin.
    await fr.goto(lilleAgreement);
    await fr.getByRole("link", { name: t("fr", "exchanges", "list.title") }).click();
    await expect(fr.getByRole("heading", { level: 1, name: t("fr", "exchanges", "list.title") })).toBeVisible();
    await expectNoAxeViolations(fr);
    await fr.getByRole("link", { name: t("fr", "exchanges", "list.plan") }).click();
    await expect(fr.getByRole("heading", { level: 1, name: t("fr", "exchanges", "new.title") })).toBeVisible();
    await expectNoAxeViolations(fr);
    await fr.getByLabel(say("fr", "exchanges", "new.hostPartner", { organisation: trieste.name })).check();
    await fr.getByLabel(t("fr", "exchanges", "new.startsOn"), { exact: true }).fill(isoDay(today));
    await fr.getByLabel(t("fr", "exchanges", "new.endsOn"), { exact: true }).fill(isoDay(today));
    await fr.getByLabel(`${lille.admin} (${lille.name})`).check();
    await fr.getByLabel(t("fr", "exchanges", "new.objectives"), { exact: true }).fill("Voir comment les équipes de Trieste accompagnent les personnes à domicile.");
    await fr.getByRole("button", { name: t("fr", "exchanges", "new.submit") }).click();
    await expect(fr.getByRole("status")).toHaveText(t("fr", "exchanges", "detail.notices.planned"));
    await expectNoAxeViolations(fr);
    const exchangeId = /\/exchanges\/([A-Za-z0-9_-]+)/.exec(fr.url())![1]!;

    // Trieste, the host, finds it from its agreement page and confirms it.
    await it.goto(`/it/organisations/${trieste.slug}/twinning/agreements/${agreementId}`);
    await it.getByRole("link", { name: t("it", "exchanges", "list.title") }).click();
    await expectNoAxeViolations(it);
    await it.getByRole("row").filter({ hasText: t("it", "exchanges", "status.planned") }).getByRole("link").click();
    await expect(it.getByRole("heading", { level: 1, name: t("it", "exchanges", "detail.title") })).toBeVisible();
    await expect(it).toHaveURL(new RegExp(`/exchanges/${exchangeId}$`));
    await expectNoAxeViolations(it);
    await it.getByRole("button", { name: t("it", "exchanges", "detail.confirm") }).click();
    await expect(it.getByRole("status")).toHaveText(t("it", "exchanges", "detail.notices.confirmed"));

    // Lille marks it as taken place (it starts today) and files its report.
    await fr.reload();
    await expect(fr.getByText(t("fr", "exchanges", "status.confirmed"), { exact: true })).toBeVisible();
    await fr.getByRole("button", { name: t("fr", "exchanges", "detail.complete") }).click();
    await expect(fr.getByRole("status")).toHaveText(t("fr", "exchanges", "detail.notices.completed"));
    await expectNoAxeViolations(fr);
    await fr.getByLabel(t("fr", "exchanges", "report.learned"), { exact: true }).fill("Les équipes de Trieste vont au domicile des personnes, jour et nuit.");
    await fr.getByLabel(t("fr", "exchanges", "report.willChange"), { exact: true }).fill("Nos visites à domicile commenceront dès la sortie.");
    await fr.getByLabel(t("fr", "exchanges", "report.willShare"), { exact: true }).fill("Un compte rendu pour nos équipes et pour le réseau.");
    await fr.getByRole("button", { name: t("fr", "exchanges", "report.submit") }).click();
    await expect(fr.getByRole("status")).toHaveText(t("fr", "exchanges", "detail.notices.reportFiled"));

    // Trieste files its own: reported by both, and both reports are shown.
    await it.reload();
    await it.getByLabel(t("it", "exchanges", "report.learned"), { exact: true }).fill("Il supporto tra pari a Lille è parte di ogni équipe.");
    await it.getByLabel(t("it", "exchanges", "report.willChange"), { exact: true }).fill("Inviteremo persone esperte per esperienza nelle nostre équipe.");
    await it.getByLabel(t("it", "exchanges", "report.willShare"), { exact: true }).fill("Una presentazione alle équipe del dipartimento.");
    await it.getByRole("button", { name: t("it", "exchanges", "report.submit") }).click();
    await expect(it.getByRole("status")).toHaveText(t("it", "exchanges", "detail.notices.reported"));
    await expect(it.getByRole("heading", { level: 3, name: new RegExp(lille.name) })).toBeVisible();
    await expectNoAxeViolations(it);

    // Lille downloads the participant's certificate: her name and the certificate's title are in it.
    await fr.reload();
    await expect(fr.getByText(t("fr", "exchanges", "status.reported"), { exact: true })).toBeVisible();
    await expectNoAxeViolations(fr);
    const downloading = fr.waitForEvent("download");
    await fr.getByRole("link", { name: say("fr", "exchanges", "detail.certificate", { name: lille.admin }) }).click();
    const certificate = await pdfPages(await fs.readFile((await (await downloading).path())!));
    expect(certificate.text).toContain(lille.admin);
    expect(certificate.text).toContain(t("fr", "exchanges", "certificate.title"));
    expect(certificate.text).toContain(trieste.name);

    // The participant finds it among her own exchanges too.
    await fr.goto("/fr/account");
    await fr.getByRole("link", { name: t("fr", "account", "nav.exchanges") }).click();
    await expect(fr.getByRole("heading", { level: 1, name: t("fr", "exchanges", "mine.title") })).toBeVisible();
    await expectNoAxeViolations(fr);
    const own = await fr.request.get((await fr.getByRole("link", { name: t("fr", "exchanges", "mine.download") }).getAttribute("href"))!);
    expect(own.headers()["content-type"]).toBe("application/pdf");
    expect((await pdfPages(await own.body())).text).toContain(lille.admin);

    // The agreement as a PDF: its title, in French.
    await fr.goto(lilleAgreement);
    const pdf = await fr.request.get((await fr.getByRole("link", { name: t("fr", "agreements", "page.pdf") }).getAttribute("href"))!);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const agreementPdf = await pdfPages(await pdf.body());
    expect(agreementPdf.text).toContain(title);
    expect(agreementPdf.text).toContain(trieste.name);
    await fr.context().close();
  });
});

test.describe("the twinning pages the flow does not reach", () => {
  test("the public list, a signature's check, the coordinators' twinning page, a history with a diff and the comments after a comment", async ({ page, signedInPage }) => {
    test.setTimeout(120_000);
    // The public list of twinnings in force.
    await visit(page, "/fr/twinning");
    await expect(page.getByRole("heading", { level: 1, name: t("fr", "agreement-record", "public.title") })).toBeVisible();
    await expect(page.getByRole("table", { name: t("fr", "agreement-record", "public.caption") })).toContainText(trieste.name);

    // The demo's Asturias–Cavan agreement, in two revisions, awaits the network: the coordinator
    // (in French) reads its history, which compares revision 1 with revision 2.
    const coordinator = await signedInPage("coordinator");
    await visit(coordinator, "/fr/coordination/agreements");
    await coordinator.getByRole("row").filter({ hasText: cavan }).getByRole("link").click();
    await coordinator.getByRole("link", { name: t("fr", "agreements", "page.history") }).click();
    await expect(coordinator.getByRole("heading", { level: 1, name: new RegExp(t("fr", "agreement-record", "history.title")) })).toBeVisible();
    await expect(coordinator.getByText(say("fr", "agreement-record", "history.comparing", { from: "1", to: "2" }))).toBeVisible();
    await expectNoAxeViolations(coordinator);

    // A signature's check, public: who signed which revision.
    const verify = await coordinator.getByRole("link", { name: t("fr", "agreement-record", "signature.verify") }).first().getAttribute("href");
    await visit(page, verify!);
    await expect(page.getByRole("heading", { level: 1, name: t("fr", "agreement-record", "verify.title") })).toBeVisible();

    // A comment from the network's coordination, then the comments page with it.
    await coordinator.getByRole("navigation", { name: t("fr", "agreement-record", "nav.label") }).getByRole("link", { name: t("fr", "agreement-record", "nav.comments"), exact: true }).click();
    await expectNoAxeViolations(coordinator);
    const comment = `Nous proposons un appel vidéo en janvier (${Date.now()}).`;
    await coordinator.getByLabel(t("fr", "agreement-record", "comments.body"), { exact: true }).fill(comment);
    await coordinator.getByRole("button", { name: t("fr", "agreement-record", "comments.add") }).click();
    await expect(coordinator.getByRole("status")).toHaveText(t("fr", "agreement-record", "comments.notices.commentAdded"));
    await expect(coordinator.getByText(comment)).toBeVisible();
    await expect(coordinator.getByText(new RegExp(`· ${t("fr", "agreement-record", "comments.coordination")}`)).first()).toBeVisible();
    await expectNoAxeViolations(coordinator);

    // The coordinators' twinning page: the best pairs and the unanswered introductions.
    await visit(coordinator, "/fr/coordination/twinning");
    await expect(coordinator.getByRole("heading", { level: 1, name: t("fr", "twinning", "coordination.title") })).toBeVisible();
    await expect(coordinator.getByRole("heading", { level: 2, name: t("fr", "twinning", "coordination.pairsHeading") })).toBeVisible();
  });
});
