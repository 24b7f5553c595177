// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { describe, expect, test } from "vitest";
import { i18nFor } from "~/utils/i18n";
import { resourcesFor } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import CharterFollowUp, { type loader } from "./$lang.coordination.charter";

// Tells React this is a test environment, so act() flushes renders.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type PageData = Awaited<ReturnType<typeof loader>>;

const member = (name: string) => ({ id: name, name, slug: name.toLowerCase(), countryCode: "IT" });

async function summaryFor(language: Language, signedCount: number, notSigned: number) {
  const pageData: PageData = {
    language,
    version: 3,
    signedCount,
    notSigned: ["Alfa", "Beta", "Gamma"].slice(0, notSigned).map(member),
    sent: null,
  };
  const RemixStub = createRemixStub([{ id: "page", path: "/:lang/coordination/charter", Component: CharterFollowUp, loader: () => pageData }]);
  const container = document.createElement("div");
  await act(async () =>
    createRoot(container).render(
      <I18nextProvider i18n={i18nFor(language, resourcesFor(language))}>
        <RemixStub initialEntries={[`/${language}/coordination/charter`]} hydrationData={{ loaderData: { page: pageData } }} />
      </I18nextProvider>,
    ),
  );
  return container.querySelector("article > p")?.textContent;
}

describe("the coordinator's Charter follow-up counts each half of its summary", () => {
  test("one member signed and two not, or the other way round, in English", async () => {
    expect(await summaryFor("en", 1, 2)).toBe("Version 3: 1 member has signed, 2 have not yet.");
    expect(await summaryFor("en", 2, 1)).toBe("Version 3: 2 members have signed, 1 has not yet.");
  });

  test("in French, Italian, Spanish and Swedish too", async () => {
    expect(await summaryFor("fr", 1, 2)).toBe("Version 3\u202f: 1 membre l'a signée, 2 membres ne l'ont pas encore fait.");
    expect(await summaryFor("it", 1, 2)).toBe("Versione 3: 1 membro l'ha firmata, 2 membri non l'hanno ancora fatto.");
    expect(await summaryFor("es", 1, 2)).toBe("Versión 3: 1 miembro la ha firmado; 2 todavía no.");
    expect(await summaryFor("sv", 1, 2)).toBe("Version 3: 1 medlem har skrivit under, 2 har inte gjort det än.");
  });
});
