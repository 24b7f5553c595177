// Page titles and descriptions in the reader's language, for route `meta` exports.
import type { MetaDescriptor } from "@remix-run/node";
import type { TFunction } from "i18next";
import type { loader as rootLoader } from "~/root";
import { formRefusedKey } from "./form-reply";
import { i18nFor } from "./i18n";
import { defaultLanguage } from "./languages";

type MetaMatch = { id: string; data: unknown };

/** `meta` entries built with the reader's translations: "Page · Site name". */
export function translatedMeta(
  matches: readonly MetaMatch[],
  build: (t: TFunction) => { title: string; description?: string },
): MetaDescriptor[] {
  const root = matches.find((match) => match.id === "root")?.data as
    | (Awaited<ReturnType<typeof rootLoader>> & { [formRefusedKey]?: boolean })
    | undefined;
  const t = i18nFor(root?.language ?? defaultLanguage, root?.translations ?? {}).t;
  const { title, description = t("common:site.tagline") } = build(t);
  const siteName = t("common:site.name");
  const pageTitle = title === siteName ? title : `${title} · ${siteName}`;
  return [
    // A refused form says so first, as the error summary on the page does (GOV.UK's pattern).
    { title: root?.[formRefusedKey] ? t("common:errorTitle", { title: pageTitle }) : pageTitle },
    // Every page has a description (search engines show it under the title): the page's own, or the network's tagline.
    { name: "description", content: summaryOf(description) },
  ];
}

/** A description as search results show one: one line, at most about 160 characters, cut between words. */
export function summaryOf(text: string, maxLength = 160) {
  const line = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // a Markdown link: its words
    .replace(/[#*_>`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (line.length <= maxLength) return line;
  const cut = line.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
