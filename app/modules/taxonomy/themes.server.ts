// The theme taxonomy as data: reading it (cached per database client, dropped whenever a
// commit here or in another instance writes the themes, and after a minute in any case)
// and the coordinators' two commands. A key is made once from the
// English name and never changes: organisations, experts and entries store keys.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { lockNames } from "~/mechanisms/locks/locks.server";
import { noteTablesRead, onCommittedWrites } from "~/mechanisms/page-cache/page-cache.server";
import { everyTable } from "~/mechanisms/page-cache/statement-tables";
import { compareText } from "~/utils/format";
import { languages, type Language } from "~/utils/languages";
import type { Origin } from "~/utils/origin";
import { themeKeyFromName, themeName, type Theme } from "./themes";
import type { ThemeNames } from "./themes.schemas";

type Db = PrismaClient | Prisma.TransactionClient;
type Refusal = { ok: false; error: string; field?: string };

/** How long another instance may show a list older than a coordinator's change. */
const cacheMs = 60_000;
let cache = new WeakMap<object, { readAt: number; themes: Promise<Theme[]> }>();

function readThemes(prisma: Db): Promise<Theme[]> {
  return prisma.theme
    .findMany({ orderBy: { position: "asc" }, select: { key: true, position: true, names: { select: { language: true, name: true } } } })
    .then((rows) =>
      rows.map(({ key, position, names }) => ({ key, position, names: Object.fromEntries(names.map(({ language, name }) => [language, name])) })),
    );
}

/** Every theme in the coordinators' order. Inside a transaction it reads the table; otherwise the cache. */
export function listThemes(prisma: Db): Promise<Theme[]> {
  // A transaction client must see its own writes: never cached.
  if (!("$transaction" in prisma)) return readThemes(prisma);
  const cached = cache.get(prisma);
  if (cached && Date.now() - cached.readAt < cacheMs) {
    // A page built from the cached list depends on the tables all the same (the page cache).
    noteTablesRead(themeTables);
    return cached.themes;
  }
  const themes = readThemes(prisma);
  cache.set(prisma, { readAt: Date.now(), themes });
  // A failed read is not kept.
  themes.catch(() => cache.delete(prisma));
  return themes;
}

/** Dropped after every change, once it has committed. */
function forgetThemes() {
  cache = new WeakMap();
}

const themeTables = ["Theme", "ThemeName"];
// A commit to the themes in this instance or another (heard by the page cache's channel).
onCommittedWrites((tables) => {
  if (tables.some((table) => table === everyTable || themeTables.includes(table))) forgetThemes();
});

/** The stored keys, for the zod checks of chosen themes (themeChoices, themeFilter). */
export async function themeKeys(prisma: Db): Promise<string[]> {
  return (await listThemes(prisma)).map((theme) => theme.key);
}

/** key → name in `language` (English where a theme has none), for lists of stored keys. */
export async function themeNames(prisma: Db, language: Language): Promise<Record<string, string>> {
  return Object.fromEntries((await listThemes(prisma)).map((theme) => [theme.key, themeName(theme, language)]));
}

/** The options of a theme checkbox list or select: value and label, in the reader's alphabetical order. */
export async function themeOptions(prisma: Db, language: Language): Promise<{ value: string; label: string }[]> {
  const compare = compareText(language);
  return (await listThemes(prisma))
    .map((theme) => ({ value: theme.key, label: themeName(theme, language) }))
    .sort((a, b) => compare(a.label, b.label));
}

/** Another theme already called `name` in `language` (case ignored): the first language that clashes. */
async function clashingLanguage(tx: Prisma.TransactionClient, names: ThemeNames, exceptKey?: string) {
  const clashes = await tx.themeName.findMany({
    where: {
      OR: languages.map((language) => ({ language, name: { equals: names[language], mode: "insensitive" as const } })),
      ...(exceptKey ? { themeKey: { not: exceptKey } } : {}),
    },
    select: { language: true },
  });
  return languages.find((language) => clashes.some((clash) => clash.language === language));
}

// Every change of the taxonomy waits for the one before: positions and names stay unique.
const taxonomyLock = "taxonomy:themes";

/** Adds a theme at the end, its key made from the English name. */
export async function addTheme(
  prisma: PrismaClient,
  input: { names: ThemeNames; actorId: string },
  origin: Origin,
): Promise<{ ok: true; key: string } | Refusal> {
  const key = themeKeyFromName(input.names.en);
  if (!key) return { ok: false, error: "themeNameNeedsLetters", field: "names.en" };
  const result = await prisma.$transaction(async (tx): Promise<{ ok: true; key: string } | Refusal> => {
    await lockNames(tx, [taxonomyLock]);
    if (await tx.theme.findUnique({ where: { key }, select: { key: true } })) {
      return { ok: false, error: "themeExists", field: "names.en" };
    }
    const clash = await clashingLanguage(tx, input.names);
    if (clash) return { ok: false, error: "themeNameTaken", field: `names.${clash}` };
    const last = await tx.theme.aggregate({ _max: { position: true } });
    await tx.theme.create({
      data: {
        key,
        position: (last._max.position ?? 0) + 1,
        names: { create: languages.map((language) => ({ language, name: input.names[language] })) },
      },
    });
    await recordAudit(tx, { action: "taxonomy.theme_added", actorId: input.actorId, ipAddress: origin.clientAddress, details: { theme: key } });
    return { ok: true, key };
  });
  if (result.ok) forgetThemes();
  return result;
}

/** Renames a theme in any of the portal's languages; its key stays. Nothing changed, nothing written. */
export async function renameTheme(
  prisma: PrismaClient,
  input: { key: string; names: ThemeNames; actorId: string },
  origin: Origin,
): Promise<{ ok: true } | Refusal> {
  const result = await prisma.$transaction(async (tx): Promise<{ ok: true; changed: boolean } | Refusal> => {
    await lockNames(tx, [taxonomyLock]);
    const theme = await tx.theme.findUnique({ where: { key: input.key }, select: { names: true } });
    if (!theme) return { ok: false, error: "themeNotFound" };
    const changed = languages.filter((language) => theme.names.find((name) => name.language === language)?.name !== input.names[language]);
    if (changed.length === 0) return { ok: true, changed: false };
    const clash = await clashingLanguage(tx, input.names, input.key);
    if (clash) return { ok: false, error: "themeNameTaken", field: `names.${clash}` };
    for (const language of changed) {
      await tx.themeName.upsert({
        where: { themeKey_language: { themeKey: input.key, language } },
        create: { themeKey: input.key, language, name: input.names[language] },
        update: { name: input.names[language] },
      });
    }
    await recordAudit(tx, {
      action: "taxonomy.theme_renamed",
      actorId: input.actorId,
      ipAddress: origin.clientAddress,
      details: { theme: input.key, languages: changed },
    });
    return { ok: true, changed: true };
  });
  if (!result.ok) return result;
  if (result.changed) forgetThemes();
  return { ok: true };
}
