// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { expect, test } from "vitest";
import { i18nFor } from "~/utils/i18n";
import { resourcesFor } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import OrganisationProfileEditor, { type loader } from "./$lang.organisations.$slug.profile";

// Tells React this is a test environment, so act() flushes renders.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type PageData = Awaited<ReturnType<typeof loader>>;

const pageData = (language: Language): PageData => ({
  language,
  notice: null,
  machineTranslation: null,
  spokenChoices: {
    options: [
      { value: "de", label: "German" },
      { value: "en", label: "English" },
      { value: "fr", label: "French" },
    ],
    firstChoices: ["en", "fr"],
  },
  countryOptions: [
    { value: "FR", label: "France" },
    { value: "IT", label: "Italy" },
  ],
  themeOptions: [
    { value: "housing", label: "Housing" },
    { value: "peer-support", label: "Peer support" },
  ],
  organisation: {
    id: "org-1",
    slug: "lille",
    name: "EPSM Lille Métropole",
    type: "public_health_service",
    countryCode: "FR",
    city: "Lille",
    website: "https://example.org",
    languages: ["fr", "en"],
    themes: ["housing"],
    publicEmail: null,
    logoFile: null,
    status: "active",
  },
  descriptions: [
    { language: "fr", text: "Texte original.", origin: "original" },
    { language: "en", text: "Machine text.", origin: "machine" },
  ],
});

async function renderEditor(language: Language, actionData?: unknown) {
  const translations = resourcesFor(language);
  const data = pageData(language);
  const RemixStub = createRemixStub([
    { id: "page", path: "/:lang/organisations/:slug/profile", Component: OrganisationProfileEditor, loader: () => data, action: () => null },
  ]);
  const container = document.createElement("div");
  await act(async () =>
    createRoot(container).render(
      <I18nextProvider i18n={i18nFor(language, translations)}>
        <RemixStub
          initialEntries={[`/${language}/organisations/lille/profile`]}
          hydrationData={{ loaderData: { page: data }, ...(actionData ? { actionData: { page: actionData } } : {}) }}
        />
      </I18nextProvider>,
    ),
  );
  return container;
}

const forms = (language: Language) => resourcesFor(language).forms as { errors: Record<string, string> };

test("the page has the profile form, one form per description, an add form and a logo upload that works without JavaScript", async () => {
  const page = await renderEditor("fr");
  const intents = [...page.querySelectorAll<HTMLInputElement>('form input[name="intent"]')].map((input) => input.value);
  expect(intents).toEqual(["profile", "save-description", "save-description", "remove-description", "add-description", "upload-logo"]);
  for (const form of page.querySelectorAll("form")) expect(form.getAttribute("method")).toBe("post");
  const upload = page.querySelector('input[type="file"]')!.closest("form")!;
  expect(upload.getAttribute("enctype")).toBe("multipart/form-data");
  // The original cannot be removed while its translation is there: the reason is shown instead of a button.
  expect(page.textContent).toContain(forms("fr").errors.originalHasTranslations);
  const english = page.querySelector<HTMLTextAreaElement>('textarea[lang="en"]');
  expect(english?.value).toBe("Machine text.");
  // Languages already described are not offered again.
  const newLanguages = [...page.querySelectorAll<HTMLOptionElement>('#description-new-language option')].map((option) => option.value);
  expect(newLanguages).not.toContain("fr");
  expect(newLanguages).toContain("de");
});

test("a refused description is shown again as typed, with its error in the reader's language", async () => {
  const page = await renderEditor("it", {
    form: "description-new",
    result: {
      status: "error",
      initialValue: { intent: "add-description", language: "de", text: "Was ich getippt habe.", origin: "original" },
      error: { origin: ["originalExists"] },
    },
  });
  const added = page.querySelector("#description-new")!;
  expect(added.querySelector("textarea")?.value).toBe("Was ich getippt habe.");
  expect(added.querySelector<HTMLSelectElement>('select[name="language"]')?.value).toBe("de");
  expect(added.textContent).toContain(forms("it").errors.originalExists);
  // The other forms are untouched.
  expect(page.querySelector("#description-fr")?.textContent).not.toContain(forms("it").errors.originalExists);
});

test("a logo refusal is announced next to the upload", async () => {
  const page = await renderEditor("es", { form: "logo", error: "fileTooLarge:2" });
  expect(page.querySelector("#logo-errors")?.textContent).toBe(forms("es").errors.fileTooLarge!.replace("{{value}}", "2"));
});
