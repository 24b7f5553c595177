// Logos through the profile page's action and the logo route, with real images made here.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import * as profileRoute from "~/routes/$lang.organisations.$slug.profile";
import * as logoRoute from "~/routes/logos.$file";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { isLogoFileName, prepareLogo } from "./logos.server";

// vitest.config.ts points UPLOAD_DIR at a folder of the test run's own.
const uploadDir = process.env.UPLOAD_DIR!;
const logosDir = path.join(uploadDir, "logos");

const database = setUpTestDatabase();
let organisation: { id: string; slug: string };
let cookie: string;

beforeAll(async () => {
  organisation = await createOrganisation(database.prisma);
  const editor = await createPerson(database.prisma);
  await database.prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: editor.id, role: "editor" } });
  cookie = await signedInCookie(database.prisma, editor.id);
});

afterAll(async () => {
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 20, g: 110, b: 90, alpha: 1 } } });

/** A browser's multipart post of the logo form; `declaredLength` imitates a Content-Length header. */
function uploadRequest(file: { bytes: Uint8Array; name: string; type: string }, declaredLength?: number) {
  const form = new FormData();
  form.append("intent", "upload-logo");
  form.append("logo", new File([Buffer.from(file.bytes)], file.name, { type: file.type }));
  const request = new Request(`http://localhost/en/organisations/${organisation.slug}/profile`, {
    method: "POST",
    headers: { Cookie: cookie },
    body: form,
  });
  if (declaredLength) request.headers.set("Content-Length", String(declaredLength));
  return request;
}

async function upload(file: { bytes: Uint8Array; name: string; type: string }, declaredLength?: number) {
  const request = uploadRequest(file, declaredLength);
  return outcomeOf(() =>
    profileRoute.action({ request, params: { lang: "en", slug: organisation.slug }, context: testContext }),
  );
}

const currentLogo = async () =>
  (await database.prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).logoFile;
const storedFiles = () => (fs.existsSync(logosDir) ? fs.readdirSync(logosDir) : []);

function serve(file: string) {
  return outcomeOf(() =>
    logoRoute.loader({ request: new Request(`http://localhost/logos/${encodeURIComponent(file)}`), params: { file }, context: testContext }),
  );
}

describe("a logo upload", () => {
  test("a PNG is re-encoded as WebP inside 512×512, stored under a random name and served", async () => {
    const png = await picture(1600, 800).png().toBuffer();
    const outcome = await upload({ bytes: png, name: "logo.png", type: "image/png" });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/en/organisations/${organisation.slug}/profile?notice=logoSaved`);
    const logoFile = await currentLogo();
    expect(logoFile && isLogoFileName(logoFile)).toBe(true);
    expect(storedFiles()).toEqual([logoFile]);
    const stored = await sharp(path.join(logosDir, logoFile!)).metadata();
    expect(stored).toMatchObject({ format: "webp", width: 512, height: 256 });

    const response = await logoRoute.loader({ request: new Request("http://localhost/"), params: { file: logoFile! }, context: testContext });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/webp");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Cache-Control")).toContain("max-age=31536000");
    expect(Buffer.from(await response.arrayBuffer()).equals(fs.readFileSync(path.join(logosDir, logoFile!)))).toBe(true);
  });

  test("a replaced logo's file is deleted; a small image is not enlarged; camera metadata is dropped", async () => {
    const before = await currentLogo();
    const jpeg = await picture(300, 200)
      .jpeg()
      .withExif({ IFD0: { Copyright: "Somebody", Artist: "Someone's phone" } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    // Whatever the browser claims, the bytes decide.
    const outcome = await upload({ bytes: jpeg, name: "photo.gif", type: "image/gif" });
    expect(outcome.status).toBe(302);
    const after = await currentLogo();
    expect(after).not.toBe(before);
    expect(storedFiles()).toEqual([after]);
    const stored = await sharp(path.join(logosDir, after!)).metadata();
    expect(stored).toMatchObject({ format: "webp", width: 300, height: 200 });
    expect(stored.exif).toBeUndefined();
    expect(stored.icc).toBeUndefined();
    const entries = await database.prisma.auditEvent.findMany({ where: { organisationId: organisation.id, action: "organisation.profile_updated" } });
    expect(entries.map((entry) => (entry.details as { logo: string }).logo)).toEqual(["added", "replaced"]);
  });

  test("a text file renamed .png is refused, and nothing is stored", async () => {
    const before = await currentLogo();
    const text = new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
    const outcome = await upload({ bytes: text, name: "logo.png", type: "image/png" });
    expect(outcome.status).toBe(400);
    expect(outcome.data).toEqual({ form: "logo", error: "imageUnreadable" });
    expect(await currentLogo()).toBe(before);
    expect(storedFiles()).toEqual([before]);
  });

  test("a file that starts like a PNG but is not one is refused", async () => {
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(2000)]);
    const outcome = await upload({ bytes: fake, name: "logo.png", type: "image/png" });
    expect(outcome.data).toEqual({ form: "logo", error: "imageUnreadable" });
  });

  test("a file over 2 MB is refused with a translated message, whether or not its size was announced", async () => {
    const before = await currentLogo();
    // Noise does not compress: a real PNG of about 3.6 MB.
    const noisy = await sharp(crypto.randomBytes(1100 * 1100 * 3), { raw: { width: 1100, height: 1100, channels: 3 } }).png().toBuffer();
    expect(noisy.byteLength).toBeGreaterThan(2 * 1024 * 1024);
    const streamed = await upload({ bytes: noisy, name: "big.png", type: "image/png" });
    expect(streamed.status).toBe(413);
    expect(streamed.data).toEqual({ form: "logo", error: "fileTooLarge:2" });
    const announced = await upload({ bytes: noisy, name: "big.png", type: "image/png" }, noisy.byteLength + 400);
    expect(announced.data).toEqual({ form: "logo", error: "fileTooLarge:2" });
    expect(await currentLogo()).toBe(before);
    expect(storedFiles()).toEqual([before]);
  });

  test("a file just over 2 MB is read to its end and refused, so the browser still gets the answer", async () => {
    const justOver = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2 * 1024 * 1024)]);
    const request = uploadRequest({ bytes: justOver, name: "logo.png", type: "image/png" });
    const outcome = await outcomeOf(() =>
      profileRoute.action({ request, params: { lang: "en", slug: organisation.slug }, context: testContext }),
    );
    expect(outcome.data).toEqual({ form: "logo", error: "fileTooLarge:2" });
  });

  test("an image that unpacks to a huge canvas is refused before it is decoded", async () => {
    const bomb = await picture(7000, 7000).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    expect(await prepareLogo(bomb)).toEqual({ ok: false, error: "imageTooManyPixels" });
  });

  test("an empty file input is asked to be filled", async () => {
    const outcome = await upload({ bytes: new Uint8Array(), name: "", type: "application/octet-stream" });
    expect(outcome.data).toEqual({ form: "logo", error: "fileMissing" });
  });

  test("removing the logo deletes its file", async () => {
    const request = new Request(`http://localhost/en/organisations/${organisation.slug}/profile`, {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "remove-logo" }),
    });
    const outcome = await outcomeOf(() => profileRoute.action({ request, params: { lang: "en", slug: organisation.slug }, context: testContext }));
    expect(outcome.location).toContain("notice=logoRemoved");
    expect(await currentLogo()).toBeNull();
    expect(storedFiles()).toEqual([]);
  });
});

describe("the logo route", () => {
  test.each([
    "../../../package.json",
    "..%2f..%2fpackage.json",
    "/etc/passwd",
    `${"a".repeat(32)}.webp/../../x`,
    `${"A".repeat(32)}.webp`,
    `${"a".repeat(32)}.png`,
    `${"a".repeat(32)}.webp\u0000.png`,
    "",
  ])("refuses %j without looking at the disk", async (name) => {
    const read = vi.spyOn(fs.promises, "readFile");
    const outcome = await serve(name);
    expect(outcome.status).toBe(404);
    expect(read).not.toHaveBeenCalled();
  });

  test("a well-formed name with no file is a 404", async () => {
    const read = vi.spyOn(fs.promises, "readFile");
    expect((await serve(`${"0".repeat(32)}.webp`)).status).toBe(404);
    expect(read).toHaveBeenCalledWith(path.join(logosDir, `${"0".repeat(32)}.webp`));
  });
});
