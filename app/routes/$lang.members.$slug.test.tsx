// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { describe, expect, test } from "vitest";
import { i18nFor } from "~/utils/i18n";
import { resourcesFor } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import OrganisationProfile, { type loader } from "./$lang.members.$slug";

// Tells React this is a test environment, so act() flushes renders.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type PageData = Awaited<ReturnType<typeof loader>>;

const organisation: PageData["organisation"] = {
  slug: "trieste",
  name: "Dipartimento di Salute Mentale",
  type: "public_health_service",
  countryCode: "IT",
  city: "Trieste",
  isFounderPartner: true,
  memberSince: "2020-01-01T00:00:00.000Z",
  website: null,
  publicEmail: null,
  languages: ["it"],
  logoFile: `${"ab".repeat(16)}.webp`,
} as PageData["organisation"];

async function renderPage(
  language: Language,
  description: PageData["description"],
  logoFile: string | null = organisation.logoFile,
  entries: PageData["entries"] = [],
) {
  const translations = resourcesFor(language);
  const pageData = { language, organisation: { ...organisation, logoFile }, description, entries, twinnings: [] };
  const RemixStub = createRemixStub([{ id: "page", path: "/:lang/members/:slug", Component: OrganisationProfile, loader: () => pageData }]);
  const container = document.createElement("div");
  await act(async () =>
    createRoot(container).render(
      <I18nextProvider i18n={i18nFor(language, translations)}>
        <RemixStub initialEntries={[`/${language}/members/trieste`]} hydrationData={{ loaderData: { page: pageData } }} />
      </I18nextProvider>,
    ),
  );
  return container;
}

const common = (language: Language) => resourcesFor(language).common as { translation: Record<string, string> };

describe("the public organisation page", () => {
  test("a machine translation in the reader's language carries the machine-translation notice", async () => {
    const page = await renderPage("fr", { language: "fr", origin: "machine", text: "Premier.\n\nSecond.", isFallback: false });
    const notice = page.querySelector('[role="note"]');
    expect(notice?.textContent).toBe(common("fr").translation.machine);
    const text = page.querySelector('div[lang="fr"]');
    expect([...text!.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["Premier.", "Second."]);
  });

  test("a person's translation says so, and the original carries no note", async () => {
    const human = await renderPage("sv", { language: "sv", origin: "human", text: "Text.", isFallback: false });
    expect(human.querySelector('[role="note"]')?.textContent).toBe(common("sv").translation.human);
    const original = await renderPage("it", { language: "it", origin: "original", text: "Testo.", isFallback: false });
    expect(original.querySelector('[role="note"]')).toBeNull();
  });

  test("a machine translation shown because the reader's language is missing gets both notices", async () => {
    const page = await renderPage("es", { language: "en", origin: "machine", text: "Text.", isFallback: true });
    const notice = page.querySelector('[role="note"]')?.textContent ?? "";
    expect(notice).toContain(common("es").translation.machine);
    expect(notice).toContain("inglés");
  });

  test("the logo is shown from the logo route, described by the organisation's name", async () => {
    const page = await renderPage("en", null);
    const logo = page.querySelector("img");
    expect(logo?.getAttribute("src")).toBe(`/logos/${organisation.logoFile}`);
    expect(logo?.getAttribute("alt")).toBe("Logo of Dipartimento di Salute Mentale");
    expect((await renderPage("en", null, null)).querySelector("img")).toBeNull();
  });

  test("its published library entries link to their pages, the title's language marked where it is not the reader's", async () => {
    const page = await renderPage("fr", null, null, [
      { id: "entry1", kind: "report", title: "Rapporto sui diritti", titleLanguage: "it", membersOnly: true, publishedAt: "2026-11-03T12:00:00.000Z" },
    ]);
    const link = page.querySelector('a[href="/fr/library/entry1"]');
    expect(link?.textContent).toBe("Rapporto sui diritti");
    expect(link?.getAttribute("lang")).toBe("it");
    expect(link?.parentElement?.querySelector(".muted")?.textContent).toBe("Rapport · 3 novembre 2026 · italien · Réservé aux membres");
  });

  test("without entries it says so", async () => {
    const page = await renderPage("sv", null, null, []);
    expect(page.textContent).toContain("Organisationen har inte publicerat något i biblioteket än.");
  });
});
