// The coordinators' twinning page: the best pairs across the network with their reasons,
// introducing a pair (both sides are mailed, each in its language), and the introductions
// nobody answered: lapsed, or still open past the reminder, with who did not answer.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { ActionError, Notice } from "~/components/forms";
import { RowActionForm } from "~/components/row-action";
import { SuggestionReasons } from "~/components/twinning/suggestion-reasons";
import { requirePermission } from "~/modules/auth/permissions.server";
import { themeNames } from "~/modules/taxonomy/themes.server";
import { introduceSchema, maxIntroductionMessage } from "~/modules/twinning/introductions.schemas";
import { introduceOrganisations, openIntroductionPairs, unansweredIntroductions } from "~/modules/twinning/introductions.server";
import { monthNamesIn, networkPairs, pairKey } from "~/modules/twinning/suggestions.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, formatList, formatNumber } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "twinning"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("twinning:coordination.title") }));

/** How many pairs the page shows. */
const pairsShown = 20;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "twinning:introduce");
  const prisma = db();
  const [pairs, unanswered, topicNames, openPairs] = await Promise.all([
    networkPairs(prisma, language, pairsShown),
    unansweredIntroductions(prisma),
    themeNames(prisma, language),
    openIntroductionPairs(prisma),
  ]);
  const notice = new URL(request.url).searchParams.get("notice") === "introduced" ? "introduced" : null;
  return {
    language,
    notice,
    topicNames,
    monthNames: monthNamesIn(language),
    pairs: pairs.map(({ a, b, score, suggestion }) => ({
      a: { id: a.organisationId, name: a.name, slug: a.slug },
      b: { id: b.organisationId, name: b.name, slug: b.slug },
      score,
      reasons: suggestion.reasons,
      introductionOpen: openPairs.has(pairKey(a.organisationId, b.organisationId)),
    })),
    unanswered,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "twinning:introduce");
  const formData = await readForm(request);
  return handleIntent(formData, {
    introduce: async () => {
      const submission = parseWithZod(formData, { schema: introduceSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const result = await introduceOrganisations(db(), { ...submission.value, actorId: user.id }, requestOrigin(context));
      return result.ok ? redirect(`/${language}/coordination/twinning?notice=introduced`) : refuseWith(pageForm, result.error);
    },
  });
}

export default function CoordinationTwinning() {
  const { language, notice, topicNames, monthNames, pairs, unanswered } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("twinning");
  const words = { language, themeNames: topicNames, monthNames };
  return (
    <article>
      <h1>{t("coordination.title")}</h1>
      {notice ? <Notice>{t("coordination.notices.introduced")}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <p className="lead">{t("coordination.intro")}</p>

      <section aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">{t("coordination.pairsHeading")}</h2>
        {pairs.length === 0 ? (
          <p>{t("coordination.noPairs")}</p>
        ) : (
          <ol className="suggestions">
            {pairs.map((pair) => {
              const subject = formatList([pair.a.name, pair.b.name], language);
              const id = `${pair.a.id}-${pair.b.id}`;
              return (
                <li key={id}>
                  <h3>
                    <Link to={`/${language}/members/${pair.a.slug}`}>{pair.a.name}</Link> · <Link to={`/${language}/members/${pair.b.slug}`}>{pair.b.name}</Link>
                  </h3>
                  <p className="muted">{t("suggestions.score", { score: formatNumber(pair.score, language) })}</p>
                  <SuggestionReasons reasons={pair.reasons} words={words} pair={{ a: pair.a.name, b: pair.b.name }} />
                  {pair.introductionOpen ? (
                    <p>{t("coordination.introductionOpen")}</p>
                  ) : (
                    <RowActionForm fields={{ intent: "introduce", organisationAId: pair.a.id, organisationBId: pair.b.id }}>
                      <div className="field">
                        <label htmlFor={`note-${id}`}>{t("coordination.message")}</label>
                        <p id={`note-${id}-hint`} className="field-hint">
                          {t("coordination.messageHint", { max: maxIntroductionMessage })}
                        </p>
                        <textarea id={`note-${id}`} name="message" rows={2} maxLength={maxIntroductionMessage} aria-describedby={`note-${id}-hint`} />
                      </div>
                      <button type="submit">
                        {t("coordination.introduce")}
                        <span className="visually-hidden"> {subject}</span>
                      </button>
                    </RowActionForm>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="unanswered-heading">
        <h2 id="unanswered-heading">{t("coordination.unansweredHeading")}</h2>
        <p>{t("coordination.unansweredIntro")}</p>
        {unanswered.length === 0 ? (
          <p>{t("coordination.noUnanswered")}</p>
        ) : (
          <DataTable caption={t("coordination.unansweredHeading")} columns={[t("coordination.pair"), t("coordination.kind"), t("coordination.made"), t("introductions.status"), t("coordination.notAnswered")]}>
            {unanswered.map((row) => (
              <tr key={row.id}>
                <td>{formatList([row.organisationA.name, row.organisationB.name], language)}</td>
                <td>{t(`coordination.kinds.${row.kind}`)}</td>
                <td>{formatDate(row.createdAt, language)}</td>
                <td>{t(`introductions.statuses.${row.status}`)}</td>
                <td>{formatList(row.notAnswered, language)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </article>
  );
}
