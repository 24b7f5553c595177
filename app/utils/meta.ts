// Page titles and descriptions in the reader's language, for route `meta` exports.
import type { MetaDescriptor } from "@remix-run/node";
import type { TFunction } from "i18next";
import type { loader as rootLoader } from "~/root";
import { i18nFor } from "./i18n";
import { defaultLanguage } from "./languages";

type MetaMatch = { id: string; data: unknown };

/** `meta` entries built with the reader's translations: "Page · Site name". */
export function translatedMeta(
  matches: readonly MetaMatch[],
  build: (t: TFunction) => { title: string; description?: string },
): MetaDescriptor[] {
  const root = matches.find((match) => match.id === "root")?.data as
    | Awaited<ReturnType<typeof rootLoader>>
    | undefined;
  const t = i18nFor(root?.language ?? defaultLanguage, root?.translations ?? {}).t;
  const { title, description } = build(t);
  const siteName = t("common:site.name");
  return [
    { title: title === siteName ? title : `${title} · ${siteName}` },
    ...(description ? [{ name: "description", content: description }] : []),
  ];
}
