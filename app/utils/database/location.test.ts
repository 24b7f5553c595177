import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { openPGlite } from "./location";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});
const tempDir = () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pglite-lock-")), "db");
  dirs.push(dir);
  return dir;
};

test("a second process cannot open an embedded database another process holds", async () => {
  const dir = tempDir();
  const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(`${dir}.lock`, String(holder.pid));
    expect(() => openPGlite({ kind: "pglite", dir })).toThrowError(/in use by process \d+/);
  } finally {
    holder.kill();
  }
});

test("a lock left by a process that has died is taken over", async () => {
  const dir = tempDir();
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(`${dir}.lock`, "999999999");
  const pglite = openPGlite({ kind: "pglite", dir });
  await pglite.close();
  expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
  // Creating a database on disk takes a few seconds on a busy machine.
}, 30_000);
