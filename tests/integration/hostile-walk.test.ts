// Every route of the portal, walked with hostile input: as each person who may use it (and
// a visitor), the page is opened with hostile query parameters, and every form it renders
// is sent with each field in turn made hostile (NUL, a lone surrogate, a broken %-escape,
// 100,000 characters, an out-of-range number, two values), plus a JSON body, a multipart
// body, an empty body and a wrong content type. Whatever it is, the answer is never a 5xx;
// a textarea's line breaks are never refused as if it were a field of one line; and no page
// asks for a string of a namespace its routes did not declare (handle.i18n).
// Routes come from route-matrix.ts (a new route file fails until listed there); field and
// parameter names come from the rendered pages, so a new field is walked without editing this.
import fs from "node:fs";
import path from "node:path";
import { Window } from "happy-dom";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { lineBreaksRefused } from "~/utils/fields.schemas";
import { languages } from "~/utils/languages";
import { signedInCookie, testContext } from "../fixtures/people";
import { answer } from "../setup/in-process-app";
import { describeOncePerRun } from "../setup/once-per-run";
import { setUpTestDatabase } from "../setup/set-up-test-database";
import { createPersonas, matrix, mayUse, personas, routeFiles, type Persona } from "./route-matrix";

const hostileValues = [
  { name: "NUL", value: "a\u0000b" },
  // Sent as the bytes a lone surrogate would be in UTF-8 (ED A0 80); in JSON as \ud800.
  { name: "a lone surrogate", value: "x\uD800y" },
  { name: "a broken %-escape", value: "%E0%A4%A" },
  { name: "100,000 characters", value: "9".repeat(100_000) },
  { name: "an out-of-range number", value: "-1e309" },
];
const twoValues = { name: "two values", values: ["1", "2"] };
/** A name no form has: an action must ignore what it does not expect. */
const unknownField = "unexpected[0].field";

type Fields = [string, string][];
type Variant = { name: string; fields: Fields };
type Failure = string;

const database = setUpTestDatabase();
let userIds = new Map<Persona, string>();

beforeAll(async () => {
  userIds = await createPersonas(database.prisma);
});

/** Every query parameter the app reads by name anywhere (the pages' search forms add theirs). */
const namedParameters = [
  ...new Set(
    listSources("app").flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(/searchParams\.(?:get|getAll|has)\("([^"]+)"\)/g)].map((match) => match[1]!),
    ),
  ),
];

function listSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : listSources(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\./.test(entry.name) ? [file] : [];
  });
}

/** UTF-8 %-encoding, except that a lone surrogate is sent as the bytes a careless encoder makes of it. */
function encode(value: string) {
  return value.replace(/[\uD800-\uDFFF]/g, (c) => (c.charCodeAt(0) < 0xdc00 ? "%ED%A0%80" : "%ED%B0%80")).replace(/[^%]+/g, (part) => encodeURIComponent(part));
}
const encodeForm = (fields: Fields) => fields.map(([key, value]) => `${encode(key)}=${encode(value)}`).join("&");

/** One session per person, made again when a form (signing out, erasing) ended it. */
const cookies = new Map<Persona, string>();
async function cookieFor(persona: Persona) {
  const userId = userIds.get(persona);
  if (!userId) return undefined;
  if (!cookies.has(persona)) cookies.set(persona, await signedInCookie(database.prisma, userId));
  return cookies.get(persona);
}

type Sent = { method?: "GET" | "POST"; contentType?: string; body?: string };

/** Sends one request as `persona`; what the server logged with console.error comes back beside the answer. */
async function send(persona: Persona, url: string, { method = "GET", contentType, body }: Sent = {}) {
  const headers = new Headers({ "User-Agent": "vitest" });
  const cookie = await cookieFor(persona);
  if (cookie) headers.set("Cookie", cookie);
  if (contentType) headers.set("Content-Type", contentType);
  const logged: string[] = [];
  vi.mocked(console.error).mockImplementation((...args: unknown[]) => void logged.push(args.map(describeLogged).join(" ")));
  const response = await answer(new Request(new URL(url, "http://localhost"), { method, headers, body }), testContext);
  const text = await response.text();
  if (/(^|, )session=;/.test(response.headers.get("Set-Cookie") ?? "")) cookies.delete(persona);
  return { status: response.status, text, logged };
}

/**
 * The same request as Remix's own client sends it (`/page.data`): the action or loaders
 * alone, without drawing the page, for the many requests where only the action matters.
 */
function dataUrl(url: string) {
  const target = new URL(url, "http://localhost");
  target.pathname = target.pathname === "/" ? "/_root.data" : `${target.pathname.replace(/\/$/, "")}.data`;
  return target.pathname + target.search;
}

function describeLogged(value: unknown) {
  return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
}

type Form = { method: string; action: string; multipart: boolean; variants: Variant[]; fileFields: string[]; textareas: string[] };

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
afterAll(() => window.happyDOM.close());

/** The forms a page renders: where each is sent, and each way of sending it (one per named submit button). */
function formsOf(html: string, pageUrl: string): { forms: Form[]; linkParameters: string[] } {
  const document = new window.DOMParser().parseFromString(html, "text/html");
  const forms = [...document.querySelectorAll("form")].map((form) => {
    const id = form.getAttribute("id");
    const controls = [...form.querySelectorAll("input, select, textarea, button"), ...(id ? [...document.querySelectorAll(`[form="${id}"]`)] : [])];
    const fields: Fields = [];
    const buttons: Fields = [];
    const fileFields: string[] = [];
    const textareas: string[] = [];
    for (const control of new Set(controls)) {
      const name = control.getAttribute("name");
      if (!name) continue;
      const tag = control.tagName.toLowerCase();
      const type = (control.getAttribute("type") ?? (tag === "button" ? "submit" : "text")).toLowerCase();
      if (type === "submit") buttons.push([name, control.getAttribute("value") ?? ""]);
      else if (type === "file") fileFields.push(name);
      else if (type === "checkbox" || type === "radio") {
        if (control.hasAttribute("checked") || !fields.some(([field]) => field === name)) fields.push([name, control.getAttribute("value") ?? "on"]);
      } else if (tag === "select") {
        const option = control.querySelector("option[selected]") ?? control.querySelector("option");
        fields.push([name, option?.getAttribute("value") ?? option?.textContent ?? ""]);
      } else if (tag === "textarea") {
        fields.push([name, control.textContent || "Some text"]);
        textareas.push(name);
      }
      else fields.push([name, control.getAttribute("value") || plausible(type)]);
    }
    const variants = buttons.length ? buttons.map((button) => ({ name: `${button[0]}=${button[1]}`, fields: [...fields, button] })) : [{ name: "", fields }];
    return {
      method: (form.getAttribute("method") ?? "get").toLowerCase(),
      action: new URL(form.getAttribute("action") ?? pageUrl, new URL(pageUrl, "http://localhost")).href,
      multipart: form.getAttribute("enctype") === "multipart/form-data",
      variants,
      fileFields,
      textareas,
    };
  });
  const page = new URL(pageUrl, "http://localhost");
  const linkParameters = [...document.querySelectorAll("a[href]")].flatMap((link) => {
    const target = new URL(link.getAttribute("href")!, page);
    return target.pathname === page.pathname ? [...target.searchParams.keys()] : [];
  });
  return { forms, linkParameters };
}

/** A value a person might type into an empty field of this type, so the other fields' checks are reached. */
function plausible(type: string) {
  return { email: "walk@example.org", number: "1", date: "2026-01-01", url: "https://example.org", password: "a long passphrase" }[type] ?? "Some text";
}

/**
 * What a field is, whichever language or row it is for: `texts.fr.title` and
 * `texts.en.title`, `questions[2].labels.it` and `questions[0].labels.en` are checked by the
 * same schema, so one of each is enough alone (every field is still hostile in the rounds
 * of allFieldsAtOnce).
 */
const fieldKind = (name: string) => name.replace(/\[\d+\]/g, "[]").replace(new RegExp(`(^|[._-])(${languages.join("|")})(?=$|[._-])`, "g"), "$1*");

/** Each kind of field in turn (and an unknown one) made hostile, the others as the page filled them in. */
function oneFieldAtATime(fields: Fields): Variant[] {
  const kinds = new Map<string, string>();
  for (const [name] of fields) if (!kinds.has(fieldKind(name))) kinds.set(fieldKind(name), name);
  const names = [...kinds.values(), unknownField];
  return names.flatMap((name) => {
    const others = fields.filter(([field]) => field !== name);
    return [
      ...hostileValues.map((hostile) => ({ name: `field ${name} = ${hostile.name}`, fields: [...others, [name, hostile.value]] as Fields })),
      { name: `field ${name} = ${twoValues.name}`, fields: [...others, ...twoValues.values.map((value) => [name, value] as [string, string])] },
    ];
  });
}

/** Every field hostile at once, each value going round the fields, so each field gets each value once. */
function allFieldsAtOnce(names: string[], keep: Fields = []): Variant[] {
  const values = [...hostileValues.map((hostile) => ({ name: hostile.name, values: [hostile.value] })), twoValues];
  return values.map((_, round) => ({
    name: `every field hostile, round ${round + 1}`,
    fields: [...keep, ...names.flatMap((name, index) => values[(index + round) % values.length]!.values.map((value) => [name, value] as [string, string]))],
  }));
}

function multipartBody(fields: Fields, files: string[]) {
  const boundary = "----hostile-walk";
  const parts = [
    ...fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    ...files.map((name) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="x.png"\r\nContent-Type: image/png\r\n\r\nnot an image\r\n`),
  ];
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: `${parts.join("")}--${boundary}--\r\n` };
}

/** The bodies no form sends: JSON, multipart, nothing, and a type the portal does not read. */
function oddBodies(fields: Fields): { name: string; sent: Sent }[] {
  const json = Object.fromEntries(fields.map(([name]) => [name, "x\uD800y"]));
  return [
    { name: "a JSON body", sent: { method: "POST", contentType: "application/json", body: JSON.stringify(json) } },
    { name: "a JSON array", sent: { method: "POST", contentType: "application/json", body: "[1,2]" } },
    { name: "a multipart body", sent: { method: "POST", ...multipartBody(fields.map(([name]) => [name, "a\u0000b"]), []) } },
    { name: "a broken multipart body", sent: { method: "POST", contentType: "multipart/form-data; boundary=nothing", body: "not multipart" } },
    { name: "an empty body", sent: { method: "POST" } },
    { name: "a wrong content type", sent: { method: "POST", contentType: "text/xml", body: "<a>b</a>" } },
  ];
}

const failed = (what: string, outcome: { status: number; logged: string[] }) =>
  `${what} → ${outcome.status}${outcome.logged.length ? ` (${outcome.logged.join("; ").slice(0, 300)})` : ""}`;

/** Strings the page asked for from a namespace its routes did not declare (app/utils/i18n.ts reports them). */
const untranslated = (what: string, outcome: { logged: string[] }) =>
  outcome.logged.filter((line) => line.includes("Missing translation")).map((line) => `${what}: ${line}`);

test("the walk covers every route file", () => {
  expect(routeFiles.filter((file) => !(file in matrix))).toEqual([]);
});

/** Forms already walked, by where they are sent and what they hold: a form on every page (signing out) is walked once. */
const walkedForms = new Set<string>();

// How input is refused is the same on both engines (PGlite is PostgreSQL): the walk runs
// once per run (tests/setup/once-per-run.ts), not twice, which would double the longest file.
describeOncePerRun.each(Object.entries(matrix))("%s", (routeId, rule) => {
  const walkers = personas.filter((persona) => persona === "visitor" || mayUse(rule.GET, persona) || mayUse(rule.POST, persona));
  // An index route's action is reached with ?index, as Remix's own forms send it.
  const actionUrl = routeId.endsWith("._index") ? `${rule.path}?index` : rule.path;

  test("never answers a 5xx to hostile query parameters or forms", async () => {
    const failures: Failure[] = [];
    const check = async (what: string, persona: Persona, url: string, sent?: Sent) => {
      const outcome = await send(persona, url, sent);
      if (outcome.status >= 500) failures.push(failed(`${sent?.method ?? "GET"} ${url.slice(0, 120)} as ${persona}: ${what}`, outcome));
      failures.push(...untranslated(`${sent?.method ?? "GET"} ${url.slice(0, 120)} as ${persona}`, outcome));
    };
    // People who see the same page (the same forms, the same parameters) are walked once; a visitor always.
    const pagesSeen = new Set<string>();
    for (const persona of walkers) {
      const page = await send(persona, rule.path);
      if (page.status >= 500) failures.push(failed(`GET ${rule.path} as ${persona}`, page));
      failures.push(...untranslated(`GET ${rule.path} as ${persona}`, page));
      const { forms, linkParameters } = page.status === 200 ? formsOf(page.text, rule.path) : { forms: [], linkParameters: [] };
      const searchFields = forms.filter((form) => form.method === "get").flatMap((form) => form.variants.flatMap((variant) => variant.fields.map(([name]) => name)));
      const parameters = [...new Set([...searchFields, ...linkParameters, ...namedParameters, unknownField])];
      const postForms = forms.filter((form) => form.method === "post");
      const seen = `${page.status} ${parameters.join()} ${postForms.map((form) => form.action + form.variants.map((variant) => variant.name)).join()}`;
      if (persona !== "visitor" && pagesSeen.has(seen)) continue;
      pagesSeen.add(seen);

      // Query parameters: every one the page's search forms and links use, every one the app reads by name, and an unknown one.
      for (const variant of allFieldsAtOnce(parameters)) await check(`query, ${variant.name}`, persona, `${rule.path}?${encodeForm(variant.fields)}`);

      // Forms: each way of sending each form, every field hostile (the page drawn with the reply), then each field alone (the action alone).
      for (const form of postForms) {
        for (const variant of form.variants) {
          const key = `${form.action} ${variant.name} ${variant.fields.map(([name]) => name).join()}`;
          if (walkedForms.has(key)) continue;
          walkedForms.add(key);
          const sent = (fields: Fields): Sent =>
            form.multipart ? { method: "POST", ...multipartBody(fields, form.fileFields) } : { method: "POST", contentType: "application/x-www-form-urlencoded", body: encodeForm(fields) };
          const button = variant.fields.filter(([name]) => name === "intent");
          const names = [...new Set(variant.fields.map(([name]) => name).filter((name) => name !== "intent")), unknownField];
          for (const hostile of allFieldsAtOnce(names, button)) await check(`${variant.name || "the form"}, ${hostile.name}`, persona, form.action, sent(hostile.fields));
          for (const hostile of oneFieldAtATime(variant.fields)) await check(`${variant.name || "the form"}, ${hostile.name}`, persona, dataUrl(form.action), sent(hostile.fields));
          // A textarea is for several lines: its schema must keep them (multiLineText), not refuse them as a field of one line does.
          if (form.textareas.length) {
            const lines = variant.fields.map(([name, value]): [string, string] => [name, form.textareas.includes(name) ? "First line\r\nSecond line" : value]);
            const outcome = await send(persona, dataUrl(form.action), sent(lines));
            if (outcome.text.includes(`"${lineBreaksRefused}"`)) failures.push(`${variant.name || "the form"} at ${form.action} as ${persona}: a textarea (${form.textareas.join(", ")}) refuses line breaks`);
          }
        }
      }

      // The route's own action, with bodies no form sends (and fields named as its forms name them).
      if (rule.POST) {
        const ownFields = postForms.filter((form) => new URL(form.action).pathname === rule.path).flatMap((form) => form.variants[0]!.fields);
        for (const odd of oddBodies(ownFields)) {
          await check(odd.name, persona, actionUrl, odd.sent);
          await check(odd.name, persona, dataUrl(actionUrl), odd.sent);
        }
      }
    }
    expect(failures, `${routeId}: ${failures.length} answers were 5xx, refused a textarea's lines or showed an undeclared namespace's string`).toEqual([]);
    // A few seconds for most routes on a quiet machine; more when other tests share the cores.
  }, 120_000);
});
