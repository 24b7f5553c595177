import { expect, test } from "vitest";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { findCurrentCharter } from "./charter.server";

const database = setUpTestDatabase();

const version = (number: number, status: "draft" | "published", effectiveFrom: string) =>
  database.prisma.charterVersion.create({
    data: {
      number,
      status,
      effectiveFrom: new Date(effectiveFrom),
      texts: { create: [{ language: "en", title: `Charter v${number}`, body: "Text" }] },
    },
  });

test("no Charter is current before one is published", async () => {
  await version(1, "draft", "2020-01-01");
  expect(await findCurrentCharter(database.prisma)).toBeNull();
});

test("the current Charter is the latest published version already in force", async () => {
  await version(2, "published", "2021-01-01");
  await version(3, "published", "2024-01-01");
  await version(4, "draft", "2024-06-01");
  await version(5, "published", "2099-01-01");

  const current = await findCurrentCharter(database.prisma, new Date("2025-03-01"));
  expect(current?.number).toBe(3);
  expect(current?.texts).toEqual([expect.objectContaining({ language: "en", title: "Charter v3", body: "Text", origin: "original" })]);

  expect((await findCurrentCharter(database.prisma, new Date("2022-01-01")))?.number).toBe(2);
});
