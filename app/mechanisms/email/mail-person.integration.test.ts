// Mailing a person: the language is theirs when the portal ships it, else the default; the
// mail is queued in the caller's transaction; an erased person gets nothing.
import { beforeEach, describe, expect, test } from "vitest";
import { createPerson } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { mailAddress, mailPerson, recipientLanguage } from "./mail-person.server";

const database = setUpTestDatabase();
beforeEach(() => database.prisma.outboxEmail.deleteMany());

const values = (language: string) => ({ signInLink: `https://portal.test/${language}/sign-in`, resetLink: `https://portal.test/${language}/forgot-password` });

describe("recipientLanguage", () => {
  test("is the person's preferred language when the portal ships it, else English or the caller's fallback", () => {
    expect(recipientLanguage({ preferredLanguage: "sv" })).toBe("sv");
    expect(recipientLanguage({ preferredLanguage: "de" })).toBe("en");
    expect(recipientLanguage({ preferredLanguage: "" })).toBe("en");
    expect(recipientLanguage({ preferredLanguage: "de" }, "fr")).toBe("fr");
  });
});

describe("mailPerson", () => {
  test("writes to a person in their language, with links in it", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma, { preferredLanguage: "es" });
    expect(await mailPerson(prisma, person, "accountExists", values)).toBe(true);
    const [mail] = await prisma.outboxEmail.findMany({ where: { to: person.email! } });
    expect(mail!.language).toBe("es");
    expect(mail!.html).toContain('<html lang="es">');
    expect(mail!.text).toContain("https://portal.test/es/sign-in");
  });

  test("writes in English to someone whose language the portal no longer ships", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma, { preferredLanguage: "de" });
    await mailPerson(prisma, person, "accountExists", values);
    const [mail] = await prisma.outboxEmail.findMany({ where: { to: person.email! } });
    expect(mail!.language).toBe("en");
    expect(mail!.text).toContain("https://portal.test/en/sign-in");
  });

  test("sends nothing to an erased person", async () => {
    expect(await mailPerson(database.prisma, { email: null, preferredLanguage: "fr" }, "accountExists", values)).toBe(false);
    expect(await database.prisma.outboxEmail.count()).toBe(0);
  });

  test("queues in the caller's transaction, so a change that rolls back mails nobody", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma, { preferredLanguage: "it" });
    await expect(
      prisma.$transaction(async (tx) => {
        await mailPerson(tx, person, "accountExists", values);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.outboxEmail.count()).toBe(0);
  });

  test("sends attachments with the mail", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma, { preferredLanguage: "fr" });
    const attachment = { filename: "ecole-d-ete.ics", contentType: "text/calendar", content: new TextEncoder().encode("BEGIN:VCALENDAR") };
    await mailPerson(prisma, person, "accountExists", values, { attachments: [attachment] });
    const [mail] = await prisma.outboxEmail.findMany({ where: { to: person.email! }, include: { attachments: true } });
    expect(mail!.attachments.map((a) => [a.filename, Buffer.from(a.contentBase64, "base64").toString()])).toEqual([["ecole-d-ete.ics", "BEGIN:VCALENDAR"]]);
  });
});

describe("mailAddress", () => {
  test("writes to an address without an account in the language the caller gives", async () => {
    const { prisma } = database;
    await mailAddress(prisma, { email: "nouvelle@example.org", language: "fr" }, "accountExists", values);
    const [mail] = await prisma.outboxEmail.findMany({ where: { to: "nouvelle@example.org" } });
    expect(mail!.language).toBe("fr");
    expect(mail!.text).toContain("https://portal.test/fr/sign-in");
  });
});
