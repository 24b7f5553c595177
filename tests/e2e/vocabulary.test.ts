// The network's vocabulary as data, in Italian: a coordinator adds a theme with its five
// names, a member organisation says it works on it, and the directory filters by it; the
// public glossary reads as a table of agreed words, each in its own language.
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, t } from "./utils";

const say = (namespace: string, key: string) => t("it", namespace, key);

test.describe("a coordinator adds a theme", () => {
  test.use({ signedInAs: "coordinator" });

  test("named in all five languages, it is offered on a profile and then in the directory's filter", async ({ page, signedInPage }) => {
    // Unique per run: the test's data stays in the run's database.
    const suffix = Date.now().toString(36);
    const names = {
      en: `Open dialogue ${suffix}`,
      fr: `Dialogue ouvert ${suffix}`,
      it: `Dialogo aperto ${suffix}`,
      es: `Diálogo abierto ${suffix}`,
      sv: `Öppen dialog ${suffix}`,
    };
    await page.goto("/it/coordination/themes");
    await expect(page.getByRole("heading", { level: 1, name: say("themes", "title") })).toBeVisible();
    await expectNoAxeViolations(page);

    const form = page.locator("form#add-theme");
    const fieldset = form.getByRole("group", { name: say("themes", "namesLegend") });
    // Sending it with a name missing: the error summary names the field, and what was typed stays.
    await fieldset.getByLabel("Inglese", { exact: true }).fill(names.en);
    await fieldset.getByLabel("Italiano", { exact: true }).fill(names.it);
    await form.getByRole("button", { name: say("themes", "add") }).click();
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("link", { name: /Francese/ })).toBeVisible();
    await expect(fieldset.getByLabel("Inglese", { exact: true })).toHaveValue(names.en);
    await expectNoAxeViolations(page);

    await fieldset.getByLabel("Francese", { exact: true }).fill(names.fr);
    await fieldset.getByLabel("Spagnolo", { exact: true }).fill(names.es);
    await fieldset.getByLabel("Svedese", { exact: true }).fill(names.sv);
    await form.getByRole("button", { name: say("themes", "add") }).click();
    await expect(page.getByRole("status")).toHaveText(say("themes", "notices.added"));
    const key = `open-dialogue-${suffix}`;
    const row = page.getByRole("row", { name: new RegExp(key) });
    await expect(row.getByRole("cell", { name: names.it, exact: true })).toHaveAttribute("lang", "it");
    await expect(row.getByRole("cell", { name: names.sv, exact: true })).toHaveAttribute("lang", "sv");

    // The Trieste department says it works on it, on its profile form, in Italian.
    const admin = await signedInPage("trieste-admin");
    await admin.goto("/it/organisations/trieste-mental-health-department/profile");
    const themes = admin.getByRole("group", { name: t("it", "profile", "details.themes") });
    await themes.getByLabel(names.it, { exact: true }).check();
    await admin.getByRole("button", { name: t("it", "profile", "details.submit") }).click();
    await expect(admin.getByRole("status")).toHaveText(t("it", "profile", "notices.saved"));
    await expect(themes.getByLabel(names.it, { exact: true })).toBeChecked();

    // The directory offers it as a filter, with the one member that works on it.
    await admin.goto("/it/members");
    const filter = admin.getByRole("combobox", { name: t("it", "members", "filters.theme"), exact: true });
    await filter.selectOption({ label: `${names.it} (1)` });
    await admin.getByRole("button", { name: t("it", "members", "filters.apply") }).click();
    await expect(admin).toHaveURL(new RegExp(`theme=${key}`));
    await expect(admin.locator(".directory > li")).toHaveCount(1);
    await expect(admin.locator(".directory > li")).toContainText("Trieste");
  });

  test("opens a theme's rename form filled with its names, and cancels", async ({ page }) => {
    await page.goto("/it/coordination/themes");
    const row = page.getByRole("row", { name: /anti-stigma/ });
    await row.getByRole("link", { name: /Rinomina/ }).click();
    await expect(page).toHaveURL(/rename=anti-stigma/);
    const form = page.locator("form#rename-theme");
    await expect(form.getByLabel("Italiano", { exact: true })).not.toHaveValue("");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: say("themes", "cancel") }).click();
    await expect(page).not.toHaveURL(/rename=/);
  });
});

test("the public glossary is a table of agreed words, each cell in its language", async ({ page }) => {
  await page.goto("/it/glossary");
  await expect(page.getByRole("heading", { level: 1, name: say("glossary", "public.title") })).toBeVisible();
  const table = page.getByRole("table", { name: say("glossary", "public.caption") });
  // The reader's language first, then the others, and the note.
  await expect(table.getByRole("columnheader")).toHaveText(["Italiano", "Inglese", "Francese", "Spagnolo", "Svedese", say("glossary", "public.note")]);
  const recovery = table.getByRole("row").filter({ has: page.getByRole("cell", { name: "rétablissement" }) });
  await expect(recovery.getByRole("rowheader")).toHaveText("recovery");
  await expect(recovery.getByRole("rowheader")).toHaveAttribute("lang", "it");
  await expect(recovery.getByRole("cell", { name: "rétablissement" })).toHaveAttribute("lang", "fr");
  await expect(recovery.getByRole("cell", { name: "återhämtning" })).toHaveAttribute("lang", "sv");
  const peerSupport = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "supporto tra pari" }) });
  await expect(peerSupport.getByRole("cell", { name: "apoyo entre iguales" })).toHaveAttribute("lang", "es");
  await expectNoAxeViolations(page);
});

test.describe("the coordinators' glossary", () => {
  test.use({ signedInAs: "coordinator" });

  test("shows every term with its words, and opens one to edit", async ({ page }) => {
    await page.goto("/it/coordination/glossary");
    await expect(page.getByRole("heading", { level: 1, name: say("glossary", "coordination.title") })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("row", { name: /twinning/ }).getByRole("link", { name: /Modifica/ }).click();
    const form = page.locator("form#edit-term");
    await expect(form.getByRole("group", { name: "Italiano" }).getByLabel(say("glossary", "coordination.word"))).toHaveValue("gemellaggi");
    await expect(form.getByRole("group", { name: "Italiano" }).getByLabel(say("glossary", "coordination.forms"))).toHaveValue("gemellaggio");
    await expectNoAxeViolations(page);
  });
});

test.describe("the coordinators' glossary without JavaScript", () => {
  test.use({ signedInAs: "coordinator", javaScriptEnabled: false });

  test("adds a term with its agreed word in every language, and it is public at once", async ({ page }) => {
    const suffix = Date.now().toString(36);
    const words = { Inglese: `clubhouse ${suffix}`, Francese: `club-maison ${suffix}`, Italiano: `club ${suffix}`, Spagnolo: `casa club ${suffix}`, Svedese: `klubbhus ${suffix}` };
    await page.goto("/it/coordination/glossary");
    const form = page.locator("form#add-term");
    for (const [language, word] of Object.entries(words)) {
      await form.getByRole("group", { name: language, exact: true }).getByLabel(say("glossary", "coordination.word")).fill(word);
    }
    await form.getByRole("group", { name: "Italiano", exact: true }).getByLabel(say("glossary", "coordination.forms")).fill(`clubs ${suffix}`);
    await form.getByRole("button", { name: say("glossary", "coordination.add") }).click();
    await expect(page.getByRole("status")).toHaveText(say("glossary", "coordination.notices.added"));

    await page.goto("/it/glossary");
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`club ${suffix}`) }) });
    await expect(row.getByRole("rowheader")).toContainText(`clubs ${suffix}`);
    await expect(row.getByRole("cell", { name: `klubbhus ${suffix}`, exact: true })).toHaveAttribute("lang", "sv");
  });
});
