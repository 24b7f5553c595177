// The network glossary, public: every term with its agreed word in each language, the
// reader's language first. Each cell says which language it is in, so a screen reader
// pronounces it as such.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import type { AgreedWord } from "~/modules/glossary/glossary-check";
import { loadGlossary } from "~/modules/glossary/glossary.server";
import { portalLanguageLabels } from "~/modules/taxonomy/language-labels.server";
import { db } from "~/utils/database/connection.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["glossary"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction = ({ matches }) =>
  translatedMeta(matches, (t) => ({ title: t("glossary:public.title"), description: t("glossary:public.intro") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const glossary = await loadGlossary(db());
  return { language, glossary, columns: portalLanguageLabels(language, { readerFirst: true }) };
}

export default function PublicGlossary() {
  const { language, glossary, columns } = useLoaderData<typeof loader>();
  const { t } = useTranslation("glossary");
  const [first, ...others] = columns;
  return (
    <article>
      <h1>{t("public.title")}</h1>
      <p className="lead">{t("public.intro")}</p>
      {glossary.length === 0 || !first ? (
        <p>{t("public.none")}</p>
      ) : (
        <DataTable caption={t("public.caption")} scrollLabel={t("public.caption")} columns={[...columns.map(({ label }) => label), t("public.note")]}>
          {glossary.map((term) => (
            <tr key={term.key}>
              <th scope="row" lang={first.code}>
                <Word word={term.words[first.code]} reader={language} />
              </th>
              {others.map(({ code }) => (
                <td key={code} lang={code}>
                  <Word word={term.words[code]} reader={language} />
                </td>
              ))}
              {/* Notes are written in English by the coordinators. */}
              <td lang="en">{term.note}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </article>
  );
}

function Word({ word, reader }: { word: AgreedWord | undefined; reader: string }) {
  const { t } = useTranslation("glossary");
  if (!word) return null;
  return (
    <>
      {word.word}
      {word.forms.length > 0 ? (
        <div className="muted">
          {/* The label is in the page's language, the forms in the cell's. */}
          <span lang={reader}>{t("hints.also")}</span> {word.forms.join(", ")}
        </div>
      ) : null}
    </>
  );
}
