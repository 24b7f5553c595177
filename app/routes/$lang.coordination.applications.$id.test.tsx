// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { expect, test } from "vitest";
import { i18nFor } from "~/utils/i18n";
import { resourcesFor } from "~/utils/i18n.server";
import { languages, type Language } from "~/utils/languages";
import ReviewApplication, { type loader } from "./$lang.coordination.applications.$id";

// Tells React this is a test environment, so act() flushes renders.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type PageData = Awaited<ReturnType<typeof loader>>;

const pageData = (language: Language): PageData => ({
  language,
  notice: null,
  charterToSign: null,
  application: {
    id: "application1",
    status: "submitted",
    motivation: "Apprendre des autres membres.",
    decisionReason: null,
    createdAt: "2026-03-01T10:00:00.000Z",
    organisation: {
      name: "Association Vivre à Lyon",
      slug: "vivre-lyon",
      type: "peer_led",
      countryCode: "FR",
      city: "Lyon",
      website: null,
      publicEmail: null,
      languages: ["fr"],
      status: "applicant",
      descriptions: [],
      signatures: [],
    },
  },
});

async function renderReview(language: Language) {
  const data = pageData(language);
  const RemixStub = createRemixStub([
    { id: "page", path: "/:lang/coordination/applications/:id", Component: ReviewApplication, loader: () => data, action: () => null },
  ]);
  const container = document.createElement("div");
  await act(async () =>
    createRoot(container).render(
      <I18nextProvider i18n={i18nFor(language, resourcesFor(language))}>
        <RemixStub initialEntries={[`/${language}/coordination/applications/application1`]} hydrationData={{ loaderData: { page: data } }} />
      </I18nextProvider>,
    ),
  );
  return container;
}

test.each(languages)("the review page labels the city and country as where the organisation is, not as its country (%s)", async (language) => {
  const page = await renderReview(language);
  const country = new Intl.DisplayNames([language], { type: "region" }).of("FR");
  const place = [...page.querySelectorAll(".facts dd")].find((dd) => dd.textContent?.trim() === `Lyon, ${country}`);
  expect(place, "the city and country are shown").toBeDefined();
  const members = resourcesFor(language).members as { fields: { location: string } };
  expect(place?.previousElementSibling?.textContent).toBe(members.fields.location);
  // In French: « Localisation », never « Pays » for "Lyon, France".
  if (language === "fr") expect(place?.previousElementSibling?.textContent).not.toBe("Pays");
});
