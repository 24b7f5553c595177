// A page carries the translations it shows, not every namespace: the document and the
// `.data` request of a client-side navigation bring the same ones (app/utils/page-namespaces.server.ts).
import { expect, test } from "vitest";
import { resourcesFor } from "~/utils/i18n.server";
import { testContext } from "../fixtures/people";
import { answer } from "../setup/in-process-app";
import { setUpTestDatabase } from "../setup/set-up-test-database";

setUpTestDatabase();

const about = resourcesFor("fr").about as { title: string; intro: string };
const members = resourcesFor("fr").members as { title: string };
/** Every string of a namespace, however deep. */
const stringsOf = (value: unknown): string[] =>
  typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(stringsOf) : [];
// A sentence long enough to be found only where the account namespace was sent.
const accountSentence = stringsOf(resourcesFor("fr").account).find((text) => text.length > 60)!;

async function page(path: string) {
  const response = await answer(new Request(`http://localhost${path}`), testContext);
  expect(response.status, path).toBe(200);
  return response.text();
}

test("the directory carries its own strings and the shell's, not the About page's nor the account's", async () => {
  const html = await page("/fr/members");
  expect(html).toContain(members.title);
  expect(html).not.toContain(about.intro);
  expect(html).not.toContain(accountSentence);
});

test("navigating to the About page brings its namespace in the .data answer", async () => {
  const data = await page("/fr/about.data");
  expect(data).toContain(about.intro);
  expect(data).not.toContain(accountSentence);
});

test("a page that names a string of an undeclared namespace is reported, not silently shown as a key", async () => {
  const { i18nFor } = await import("~/utils/i18n");
  const errors: string[] = [];
  const original = console.error;
  console.error = (message: string) => errors.push(message);
  try {
    const t = i18nFor("fr", { common: resourcesFor("fr").common! }).t;
    expect(t("about:title")).toBe("title");
  } finally {
    console.error = original;
  }
  expect(errors.join("\n")).toMatch(/Missing translation fr\/about:title/);
});

test("a form whose error reaches the root's boundary is answered in the reader's language, as a page without scripts", async () => {
  const common = resourcesFor("fr").common as { site: { name: string }; errors: { badRequest: { title: string } } };
  const response = await answer(
    new Request("http://localhost/fr/sign-up", { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=nothing" }, body: "not multipart" }),
    testContext,
  );
  // As the reader sees it: React writes an apostrophe as &#x27;.
  const html = (await response.text()).replaceAll("&#x27;", "'");
  expect(response.status).toBe(400);
  expect(html).toContain(common.site.name);
  expect(html).toContain(common.errors.badRequest.title);
  expect(html).not.toContain("<script type=\"module\"");
});
