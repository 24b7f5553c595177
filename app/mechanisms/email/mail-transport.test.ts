import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { folderMailTransport } from "./mail-transport.server";

test("with no provider configured, each mail is written as a file a developer can read", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mail-"));
  try {
    const email = { id: "3f1c", to: "a@example.org", language: "sv" as const, subject: "Välkommen", text: "Hej", html: "<p>Hej</p>" };
    expect(await folderMailTransport(dir).send(email)).toEqual({ providerId: "file:3f1c" });
    expect(JSON.parse(fs.readFileSync(path.join(dir, "3f1c.json"), "utf8"))).toMatchObject(email);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
