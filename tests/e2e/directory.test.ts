import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, t } from "./utils";
import { seededThemeName } from "../fixtures/seeded-themes";

test("a visitor filters the directory by country and type and opens a member", async ({ page }) => {
  await page.goto("/en/members");
  const country = page.getByRole("combobox", { name: t("en", "members", "filters.country"), exact: true });
  await country.selectOption("IT");
  await page.getByRole("button", { name: t("en", "members", "filters.apply") }).click();
  await expect(page).toHaveURL(/country=IT/);
  // Italy's two founder members, and any Italian applicant the decisions test approves (then
  // suspends) meanwhile: the page's own heading says how many it lists. The address changes
  // a moment before the filtered page is drawn, so heading and list are read together until
  // they agree (the unfiltered page lists a first page of 34, not all of them).
  const heading = page.getByRole("heading", { name: /^\d+ organisations$/ });
  const results = page.locator(".directory > li");
  await expect(async () => {
    const italians = Number(/^(\d+)/.exec((await heading.textContent()) ?? "")?.[1]);
    expect(italians).toBeGreaterThanOrEqual(2);
    expect(italians).toBeLessThan(34);
    expect(await results.count()).toBe(italians);
  }).toPass();

  await page.getByRole("combobox", { name: t("en", "members", "filters.type"), exact: true }).selectOption("public_health_service");
  await page.getByRole("button", { name: t("en", "members", "filters.apply") }).click();
  await expect(results).toHaveCount(1);
  await results.getByRole("link").click();
  await expect(page.locator("h1")).toHaveText("Dipartimento di Salute Mentale di Trieste");
  await expect(page.getByText(t("en", "members", "founderPartner"))).toBeVisible();
});

test("a visitor narrows the directory by language and theme, and the chart by country follows", async ({ page }) => {
  const apply = page.getByRole("button", { name: t("en", "members", "filters.apply") });
  const results = page.locator(".directory > li");
  const chart = page.getByRole("table", { name: t("en", "members", "chart.title") });
  await page.goto("/en/members");
  // Unfiltered, the chart has a row, and a link, for every country with members.
  await expect(chart.getByRole("link", { name: "Italy" })).toBeVisible();

  // Seven active members speak French; the option says so.
  await page.getByRole("combobox", { name: t("en", "members", "filters.language"), exact: true }).selectOption({ label: "French (7)" });
  await apply.click();
  await expect(page).toHaveURL(/language=fr/);
  await expect(page.getByRole("heading", { name: "7 organisations" })).toBeVisible();
  await expect(results).toHaveCount(7);

  // Among them, three work on peer support: in Canada, France and Switzerland.
  await page.getByRole("combobox", { name: t("en", "members", "filters.theme"), exact: true }).selectOption({ label: `${seededThemeName("en", "peer-support")} (3)` });
  await apply.click();
  await expect(page).toHaveURL(/theme=peer-support/);
  await expect(results).toHaveCount(3);
  await expect(chart.locator("tbody tr")).toHaveCount(3);
  await expect(chart.getByRole("row", { name: /Switzerland/ })).toContainText("1");
  await expect(chart.getByRole("link", { name: "Italy" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A country in the chart filters the directory by it, keeping the other filters.
  await chart.getByRole("link", { name: "Switzerland" }).click();
  await expect(page).toHaveURL(/country=CH/);
  await expect(page).toHaveURL(/language=fr/);
  await expect(page).toHaveURL(/theme=peer-support/);
  await expect(results).toHaveCount(1);
  await expect(results.getByRole("link")).toHaveText("Associazione Ticinese Voci e Percorsi");
  // The chart still shows every country for the other filters, the chosen one marked.
  await expect(chart.locator("tbody tr")).toHaveCount(3);
  await expect(chart.getByRole("link", { name: "Switzerland" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("combobox", { name: t("en", "members", "filters.language"), exact: true })).toHaveValue("fr");
  await expect(page.getByRole("combobox", { name: t("en", "members", "filters.theme"), exact: true })).toHaveValue("peer-support");
});

test("the directory pages through every active member", async ({ page }) => {
  // Tests beside this one approve applicants, so the count is read from the page, and the
  // walk is made again if a member was added while it paged.
  await expect(async () => {
    await page.goto("/en/members");
    const heading = await page.getByRole("heading", { name: /^\d+ organisations$/ }).textContent();
    const count = Number(heading!.split(" ")[0]);
    const status = await page.getByText(/^Page 1 of \d+$/).textContent();
    const pageCount = Number(status!.split(" ").at(-1));
    expect(pageCount).toBeGreaterThan(2);
    const seen = new Set<string>();
    for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
      await expect(page.getByText(`Page ${pageNumber} of ${pageCount}`)).toBeVisible();
      for (const name of await page.locator(".directory h3").allTextContents()) seen.add(name);
      if (pageNumber < pageCount) await page.getByRole("link", { name: t("en", "common", "pagination.next") }).click();
    }
    expect(seen.size).toBe(count);
  }).toPass({ timeout: 60_000 });
});

test("invalid filters in the address are ignored with a note, not an error", async ({ page }) => {
  // The page lists every member, as many as the unfiltered directory (read just before:
  // the decisions tests approve applicants meanwhile).
  await expect(async () => {
    await page.goto("/en/members");
    const everyone = await page.getByRole("heading", { name: /^\d+ organisations$/ }).textContent();
    expect(Number.parseInt(everyone!, 10)).toBeGreaterThanOrEqual(34);
    const response = await page.goto("/en/members?country=%3Cscript%3E&type=hospital&language=klingon&theme=astrology&page=zzz");
    expect(response?.status()).toBe(200);
    await expect(page.getByText(t("en", "members", "filters.ignored"))).toBeVisible();
    await expect(page.getByRole("heading", { name: everyone! })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the directory filter and the language switcher still work", async ({ page }) => {
    await page.goto("/sv/members");
    await page.getByRole("combobox", { name: t("sv", "members", "filters.country"), exact: true }).selectOption("SE");
    await page.getByRole("button", { name: t("sv", "members", "filters.apply") }).click();
    await expect(page).toHaveURL(/country=SE/);
    await expect(page.locator(".directory > li").first()).toBeVisible();
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr\/members\?(.*&)?country=SE/);
    await expect(page.locator("h1")).toHaveText(t("fr", "members", "title"));
  });
});

test.describe("searching by name or city, by keyboard, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor types part of a name or a city, accents and case aside, and keeps the other filters", async ({ page }) => {
    const search = page.getByRole("searchbox", { name: t("fr", "members", "filters.search") });
    const results = page.locator(".directory > li");
    await page.goto("/fr/members");
    // From the top of the page, Tab reaches the search box.
    for (let presses = 0; presses < 40 && !(await search.evaluate((box) => box === document.activeElement)); presses++) {
      await page.keyboard.press("Tab");
    }
    await expect(search).toBeFocused();
    await page.keyboard.type("epsm LILLE");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]q=epsm\+LILLE/);
    await expect(results).toHaveCount(1);
    await expect(results.getByRole("link")).toHaveText("EPSM Lille Métropole");
    await expect(search).toHaveValue("epsm LILLE");

    // Without its accent, a city is found: "liege" finds the member in Liège.
    await search.fill("liege");
    await search.press("Enter");
    await expect(results).toHaveCount(1);
    await expect(results).toContainText("Liège");

    // The search stays when a filter is chosen, and the filter stays when the search changes.
    await search.fill("metropole");
    await search.press("Enter");
    await expect(results).toHaveCount(1);
    // The filters count within the search: one member in France.
    const country = page.getByRole("combobox", { name: t("fr", "members", "filters.country"), exact: true });
    await country.selectOption("FR");
    await page.getByRole("button", { name: t("fr", "members", "filters.apply") }).click();
    await expect(page).toHaveURL(/q=metropole/);
    await expect(page).toHaveURL(/country=FR/);
    await expect(results).toHaveCount(1);
    await search.fill("metropole trieste");
    await search.press("Enter");
    await expect(results).toHaveCount(0);
    await expect(page.getByText(t("fr", "members", "noResults"))).toBeVisible();
    await expect(search).toHaveValue("metropole trieste");
    await expect(country).toHaveValue("FR");

    // A search with a character nobody types is set aside with a note, not an error.
    const response = await page.goto("/fr/members?q=lille%00");
    expect(response?.status()).toBe(200);
    await expect(page.getByText(t("fr", "members", "filters.ignored"))).toBeVisible();
  });
});

test("a search's results, and a search that finds nothing, pass axe", async ({ page }) => {
  await page.goto("/fr/members?q=epsm+lille");
  await expect(page.locator(".directory > li")).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.goto("/fr/members?q=metropole&country=IT");
  await expect(page.getByText(t("fr", "members", "noResults"))).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe("the length of the directory page", () => {
  // The chart by country listed every country in full: 2,500 px on a computer, 4,500 on a phone.
  for (const { width, height, maximum } of [
    { width: 1280, height: 800, maximum: 2000 },
    { width: 390, height: 844, maximum: 3600 },
  ]) {
    test(`at ${width} px wide the page stays short, the largest countries first and the others one click away`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto("/en/members");
      const length = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(length).toBeLessThanOrEqual(maximum);

      const chart = page.getByRole("table", { name: t("en", "members", "chart.title"), exact: true });
      await expect(chart.locator("tbody tr")).toHaveCount(8);
      const more = page.locator(".country-chart__others summary");
      await expect(more).toHaveText(/^\d+ more countries$/);
      const others = page.getByRole("table", { name: /more countries/ });
      await expect(others).toBeHidden();
      await expectNoAxeViolations(page);

      // Every country with members is still there, a keyboard press away.
      await more.focus();
      await page.keyboard.press("Enter");
      await expect(others).toBeVisible();
      await expect(others.getByRole("link", { name: "Japan" })).toBeVisible();
      await expectNoAxeViolations(page);
      await others.getByRole("link", { name: "Japan" }).click();
      await expect(page).toHaveURL(/country=JP/);
      // The chosen country, among the others, shows with its disclosure open.
      await expect(page.getByRole("table", { name: /more countries/ }).getByRole("link", { name: "Japan" })).toHaveAttribute("aria-current", "true");
    });
  }
});
