// The translations of an entry's open revision, for its organisation's editors and admins:
// each language (the portal's five, then any other it has) with how its fields came to be
// translated, which are out of date and which are missing, and a link to translate it side
// by side. `library_` keeps this page out of the entry editing pages' layout, inside the
// organisation's.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { Notice } from "~/components/forms";
import { pickFields } from "~/mechanisms/translations/pick-fields";
import { translationPageLanguage } from "~/modules/library/translations.schemas";
import { findEntryToTranslate, languageStates } from "~/modules/library/translations.server";
import { requireLibraryWriter } from "~/modules/library/library-guard.server";
import { db } from "~/utils/database/connection.server";
import { formatList, languageName } from "~/utils/format";
import { isLanguage } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { languageOptions } from "~/utils/options.server";
import { notFound, requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "library-reading"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("library-reading:translations.title")} · ${data?.title.text ?? ""}` }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation } = await requireLibraryWriter(request, params.slug);
  const entry = await findEntryToTranslate(db(), organisation.id, params.entryId ?? "");
  if (!entry) notFound();
  const base = `/${language}/organisations/${organisation.slug}/library/${entry.id}/translations`;
  // "Another language" is a plain GET form (no JavaScript): its choice becomes the address.
  const asked = new URL(request.url).searchParams.get("language");
  if (asked !== null) {
    const parsed = translationPageLanguage.safeParse(asked);
    if (parsed.success && parsed.data !== entry.originalLanguage) throw redirect(`${base}/${parsed.data}`);
  }
  const texts = entry.openRevision?.texts ?? [];
  const notice = new URL(request.url).searchParams.get("notice") === "removed" ? ("removed" as const) : null;
  const title = pickFields(texts, language).fields.title;
  return {
    language,
    base,
    notice,
    organisation: { name: organisation.name, slug: organisation.slug },
    title: { text: title?.text ?? "", language: title?.language ?? entry.originalLanguage },
    state: entry.archivedAt ? "archived" : !entry.openRevision ? "noOpenRevision" : entry.openRevision.isTranslatable ? "draft" : "inReview",
    languages: entry.openRevision
      ? languageStates(texts, entry.originalLanguage).map((state) => ({ ...state, name: languageName(state.language, language) }))
      : [],
    otherLanguages: languageOptions(language).filter((option) => !isLanguage(option.value) && option.value !== entry.originalLanguage),
  };
}

export default function EntryTranslations() {
  const { language, base, notice, title, state, languages, otherLanguages } = useLoaderData<typeof loader>();
  const { t } = useTranslation("library-reading");
  const fieldList = (fields: readonly string[]) => formatList(fields.map((field) => t(`fields.${field}`)), language);
  return (
    <article>
      <p className="breadcrumb" lang={title.language}>
        {title.text}
      </p>
      <h1>{t("translations.title")}</h1>
      {notice ? <Notice>{t(`translations.notices.${notice}`)}</Notice> : null}
      <p>{t("translations.intro")}</p>
      {state !== "draft" ? <p className="notice">{t(`translations.${state}`)}</p> : null}
      {languages.length > 0 ? (
        <DataTable
          caption={t("translations.title")}
          columns={[
            t("translations.language"),
            t("translations.state"),
            t("translations.outOfDateColumn"),
            t("translations.missingColumn"),
            { label: t("translations.actions"), hidden: true },
          ]}
        >
          {languages.map((row) => {
            const count = (row.origins.human ?? 0) + (row.origins.machine ?? 0);
            return (
              <tr key={row.language}>
                <th scope="row">{row.name}</th>
                <td>
                  {row.isOriginal
                    ? t("translations.original")
                    : count === 0
                      ? t("translations.none")
                      : t("translations.originCounts", { human: row.origins.human ?? 0, machine: row.origins.machine ?? 0 })}
                </td>
                <td>{row.isOriginal || row.outOfDate.length === 0 ? t("translations.nothing") : fieldList(row.outOfDate)}</td>
                <td>{row.isOriginal || row.missing.length === 0 ? t("translations.nothing") : fieldList(row.missing)}</td>
                <td>
                  {!row.isOriginal && state === "draft" ? (
                    <Link to={`${base}/${row.language}`}>
                      {count === 0 ? t("translations.translate") : t("translations.edit")}
                      <span className="visually-hidden"> ({row.name})</span>
                    </Link>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : null}
      {state === "draft" ? (
        <Form method="get" action={base}>
          <div className="field">
            <label htmlFor="other-language">{t("translations.otherLanguage")}</label>
            <p id="other-language-hint" className="field-hint">
              {t("translations.otherLanguageHint")}
            </p>
            <select id="other-language" name="language" aria-describedby="other-language-hint">
              {otherLanguages.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t("translations.open")}</button>
        </Form>
      ) : null}
    </article>
  );
}
