// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing";
import { act } from "react";

// Tells React this is a test environment, so act() flushes renders.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { expect, test } from "vitest";
import { i18nFor } from "~/utils/i18n";
import { resourcesFor } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import { GeneralErrorBoundary } from "./error-boundary";

async function renderError(language: Language, error: unknown) {
  const translations = resourcesFor(language);
  const RemixStub = createRemixStub([
    { id: "root", path: "/", Component: () => null, ErrorBoundary: GeneralErrorBoundary, loader: () => null },
  ]);
  const container = document.createElement("div");
  await act(async () =>
    createRoot(container).render(
      <I18nextProvider i18n={i18nFor(language, translations)}>
        <RemixStub
          initialEntries={["/"]}
          hydrationData={{ loaderData: { root: { language, translations } }, errors: { root: error } }}
        />
      </I18nextProvider>,
    ),
  );
  return container.innerHTML;
}

test("an unexpected error shows a translated page, never the error or its stack", async () => {
  const error = new Error("connect ECONNREFUSED postgres://admin:secret@db");
  const html = await renderError("it", error);
  const common = resourcesFor("it").common as { errors: { serverError: { title: string } } };
  expect(html).toContain(common.errors.serverError.title);
  expect(html).not.toContain("ECONNREFUSED");
  expect(html).not.toContain("secret");
  expect(html).not.toContain(error.stack!.split("\n")[1]!.trim());
  expect(html).toContain('href="/it"');
});
