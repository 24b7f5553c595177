// @vitest-environment happy-dom
import { createRemixStub } from "@remix-run/testing";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { expect, test } from "vitest";
import type { ShownField } from "~/mechanisms/translations/pick-fields";
import { i18nFor } from "~/utils/i18n";
import { resourcesFor } from "~/utils/i18n.server";
import LibraryEntryPage, { type loader } from "./$lang.library.$entryId._index";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type PageData = Awaited<ReturnType<typeof loader>>;

const field = (name: ShownField["field"], text: string, extra: Partial<ShownField> = {}): ShownField => ({
  field: name,
  text,
  language: "en",
  origin: "original",
  isFallback: false,
  isOutOfDate: false,
  ...extra,
});

const entry = {
  id: "entry1",
  kind: "film",
  organisation: { name: "Peer Network", slug: "peer-network", type: "ngo_or_charity", countryCode: "FR", countryName: "France" },
  fields: {
    title: field("title", "Voices at home"),
    summary: field("summary", "Résumé traduit.", { language: "fr", origin: "human", isOutOfDate: true }),
    easy_read: null,
    body: field("body", "# Making the film\n\n<script>alert(1)</script> [x](javascript:alert(1))"),
    target_group: null,
    outcomes: null,
  },
  reading: {
    original: false,
    coverage: "some",
    anyMachine: false,
    anyOutOfDate: true,
    canSwitchToOriginal: true,
    canSwitchBack: false,
    readerLanguageName: "français",
    originalLanguage: "en",
    originalLanguageName: "anglais",
  },
  themes: ["hearing-voices"],
  audiences: ["families"],
  country: "France",
  service: null,
  links: [{ url: "https://video.example/voices", label: "The film" }],
  attachments: [{ id: "att1", fileName: "guide.pdf", kind: "pdf", size: "1,2 Mo" }],
  revisionNumber: 1,
  firstPublished: "2 mars 2026",
  lastRevised: null,
} as unknown as PageData["entry"];

async function renderPage() {
  const pageData = {
    language: "fr",
    path: "/fr/library/entry1",
    canonical: "http://localhost/fr/library/entry1",
    entry,
    themeLabels: { "hearing-voices": "Entente de voix" },
  };
  const RemixStub = createRemixStub([{ id: "page", path: "/:lang/library/:entryId", Component: LibraryEntryPage, loader: () => pageData }]);
  const container = document.createElement("div");
  await act(async () =>
    createRoot(container).render(
      <I18nextProvider i18n={i18nFor("fr", resourcesFor("fr"))}>
        <RemixStub initialEntries={["/fr/library/entry1"]} hydrationData={{ loaderData: { page: pageData } }} />
      </I18nextProvider>,
    ),
  );
  return container;
}

test("a film is a link, never a player; files link to their download; the body's heading sits below the page's", async () => {
  const page = await renderPage();
  expect(page.querySelector("iframe, video, embed, object")).toBeNull();
  expect(page.querySelector('a[href="https://video.example/voices"]')?.getAttribute("rel")).toContain("noopener");
  const file = page.querySelector('a[href="/library/files/att1"]');
  expect(file?.textContent).toBe("guide.pdf");
  expect(file?.parentElement?.textContent).toContain("Document PDF, 1,2 Mo");
  expect(page.querySelectorAll("h1")).toHaveLength(1);
  expect(page.querySelector('section[aria-labelledby="entry-body"] h3')?.textContent).toBe("Making the film");
  expect(page.innerHTML).not.toMatch(/<script|javascript:/);
});

test("each field is marked with its language, an out-of-date translation says so in the page's language", async () => {
  const page = await renderPage();
  expect(page.querySelector("h1")?.getAttribute("lang")).toBe("en");
  const summary = page.querySelector('section[aria-labelledby="entry-summary"]')!;
  expect(summary.querySelector('[lang="fr"]')?.textContent).toBe("Résumé traduit.");
  expect(summary.querySelector("p.muted")?.textContent).toBe("Cette traduction a été faite à partir d'une version antérieure de l'original.");
  const original = page.querySelector('a[href="/fr/library/entry1?text=original"]');
  expect(original?.textContent).toBe("Lire l'original (anglais)");
});
