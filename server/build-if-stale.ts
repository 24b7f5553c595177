// `npm start` builds the app only when something the build is made from changed since the
// last build, so a second start takes seconds instead of minutes. A stamp beside the build
// records when the last build started; a source file changed after that makes it stale.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** What the build is made from (app/generated is remade by every `npm install`, so it counts too). */
export const buildInputs = ["app", "locales", "public", "prisma", "vite.config.ts", "remix.config.js", "tsconfig.json", "package.json", "package-lock.json"];

const stampFile = path.join("build", ".built-from-sources-of");
const serverBuild = path.join("build", "server", "index.js");

/** The latest modification time of any file under `paths` (0 when none exists). */
export function newestChange(root: string, paths: readonly string[]): number {
  let newest = 0;
  const visit = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of paths) visit(path.join(root, entry));
  return newest;
}

/** True when there is no complete build, or a source changed after the last one started. */
export function buildIsStale(root: string, inputs: readonly string[] = buildInputs): boolean {
  const stamp = fs.statSync(path.join(root, stampFile), { throwIfNoEntry: false });
  if (!stamp || !fs.existsSync(path.join(root, serverBuild))) return true;
  return newestChange(root, inputs) > stamp.mtimeMs;
}

function buildIfStale(root: string) {
  if (!buildIsStale(root)) {
    console.log("The build is up to date: nothing changed since the last one.");
    return;
  }
  const startedAt = new Date();
  const build = spawnSync("npx", ["remix", "vite:build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // Dated when the build started: a file saved while it ran makes the next start build again.
  fs.writeFileSync(path.join(root, stampFile), `${startedAt.toISOString()}\n`);
  fs.utimesSync(path.join(root, stampFile), startedAt, startedAt);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) buildIfStale(process.cwd());
