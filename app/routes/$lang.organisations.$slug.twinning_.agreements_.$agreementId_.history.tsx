// An agreement's history, for its two parties and the coordinators: every revision (who
// wrote it, who signed it, whether it is fully signed or in force), every move of its
// workflow in order, and what changed between any two revisions, chosen with a GET form
// (?from=1&to=3) that works without JavaScript. The file name's underscores keep the page
// out of any twinning or agreement layout: it sits under the organisation's own.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { AgreementRecordNav } from "~/components/twinning/agreement-record-nav";
import { WordDiff } from "~/components/word-diff";
import { themeNames } from "~/modules/taxonomy/themes.server";
import { requireAgreement } from "~/modules/twinning/agreement-guard.server";
import { agreementRecord, compareRevisions, type TermChange } from "~/modules/twinning/agreement-record.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, formatList, formatNumber, languageName } from "~/utils/format";
import type { Language } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreement-record", "agreements", "library-reading"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("agreement-record:history.title")} · ${data?.title ?? ""}` }));

/** A revision number from the address, or null for anything else. */
const revisionNumber = (value: string | null) => (value && /^\d{1,6}$/.test(value) ? Number(value) : null);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, agreement } = await requireAgreement(request, params.slug, params.agreementId, "agreements:view");
  const prisma = db();
  const record = await agreementRecord(prisma, agreement.id, language);
  if (!record) notFound();
  const numbers = record.revisions.map((revision) => revision.number);
  const latest = numbers.at(-1) ?? 1;
  const search = new URL(request.url).searchParams;
  // An unknown number falls back to the latest revision beside the one before it.
  const pick = (value: number | null, fallback: number) => (value !== null && numbers.includes(value) ? value : fallback);
  const to = pick(revisionNumber(search.get("to")), latest);
  const from = pick(revisionNumber(search.get("from")), Math.max(1, latest - 1));
  const comparison = numbers.length > 0 ? await compareRevisions(prisma, agreement.id, from, to, language) : null;
  const shown = record.revisions.find((revision) => revision.inForce) ?? record.revisions.at(-1);
  return {
    language,
    base: `/${language}/organisations/${organisation.slug}/twinning/agreements/${agreement.id}`,
    title: shown?.text?.title ?? "",
    titleLanguage: shown?.text?.language ?? language,
    record,
    comparison,
    asked: search.has("from") || search.has("to"),
    themeLabels: await themeNames(prisma, language),
  };
}

type Data = Awaited<ReturnType<typeof loader>>;

function TermValue({ change, which, language, themeLabels }: { change: TermChange; which: "was" | "now"; language: Language; themeLabels: Record<string, string> }) {
  const { t } = useTranslation("agreement-record");
  if (change.field === "startsOn" || change.field === "endsOn") return <>{formatDate(change[which], language)}</>;
  if (change.field === "themes") {
    const themes = change[which];
    return <>{themes.length > 0 ? formatList(themes.map((theme) => themeLabels[theme] ?? theme), language) : t("history.noThemes")}</>;
  }
  return <>{formatNumber(change[which] as number, language)}</>;
}

function partyName(record: Data["record"], party: "a" | "b" | "network", t: (key: string) => string) {
  return party === "a" ? record.organisationA.name : party === "b" ? record.organisationB.name : t("party.network");
}

function Comparison({ data }: { data: Data }) {
  const { t } = useTranslation("agreement-record");
  const { comparison, language, record, themeLabels } = data;
  const numbers = record.revisions.map((revision) => revision.number);
  if (!comparison) return null;
  const changedTerms = comparison.terms.filter((term) => term.changed);
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t("history.compareHeading")}</h2>
      <Form method="get" className="inline-form" aria-labelledby="compare-heading">
        <div className="field">
          <label htmlFor="compare-from">{t("history.from")}</label>
          <select id="compare-from" name="from" defaultValue={String(comparison.from.number)}>
            {numbers.map((number) => (
              <option key={number} value={number}>
                {t("history.revisionNumber", { number })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="compare-to">{t("history.to")}</label>
          <select id="compare-to" name="to" defaultValue={String(comparison.to.number)}>
            {numbers.map((number) => (
              <option key={number} value={number}>
                {t("history.revisionNumber", { number })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("history.compare")}</button>
      </Form>
      <p role={data.asked ? "status" : undefined}>
        {comparison.from.number === comparison.to.number
          ? t("history.sameRevision", { number: comparison.to.number })
          : t("history.comparing", { from: comparison.from.number, to: comparison.to.number })}{" "}
        {comparison.language ? <span className="muted">({languageName(comparison.language, language)})</span> : null}
      </p>
      {comparison.from.number !== comparison.to.number && !comparison.changed ? <p>{t("history.noChanges")}</p> : null}
      {comparison.language === null ? <p>{t("history.noCommonLanguage")}</p> : null}
      {comparison.fields.map(({ field, parts }) => (
        <Fragment key={field}>
          <h3>{t(`fields.${field}`)}</h3>
          {parts.every((part) => part.kind === "same") ? (
            <>
              <p className="muted">{t("history.unchanged")}</p>
              <p className="pre-line" lang={comparison.language ?? undefined}>
                {parts.map((part) => part.text).join("")}
              </p>
            </>
          ) : (
            <div lang={comparison.language ?? undefined}>
              <WordDiff parts={parts} uiLanguage={language} />
            </div>
          )}
        </Fragment>
      ))}
      <h3>{t("history.termsHeading")}</h3>
      {changedTerms.length === 0 ? (
        <p>{t("history.termsUnchanged")}</p>
      ) : (
        <DataTable caption={t("history.termsHeading")} columns={[t("history.term"), t("history.was"), t("history.now")]}>
          {changedTerms.map((change) => (
            <tr key={change.field}>
              <th scope="row">{t(`fields.${change.field}`, { a: record.organisationA.name, b: record.organisationB.name })}</th>
              <td>
                <TermValue change={change} which="was" language={language} themeLabels={themeLabels} />
              </td>
              <td>
                <span className="visually-hidden">{t("history.arrow")} </span>
                <TermValue change={change} which="now" language={language} themeLabels={themeLabels} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

export default function AgreementHistory() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("agreement-record");
  const { record, language } = data;
  const when = (date: Date | string) => formatDate(date, language, { dateStyle: "long", timeStyle: "short" });
  return (
    <article className="agreement-record">
      <AgreementRecordNav base={data.base} />
      <h1>
        {t("history.title")}{" "}
        <span className="subtitle" lang={data.titleLanguage === language ? undefined : data.titleLanguage}>
          {data.title}
        </span>
      </h1>
      <p>
        {t("history.parties", { a: record.organisationA.name, b: record.organisationB.name })} · {t(`agreements:statuses.${record.status}`)}
      </p>

      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">{t("history.revisionsHeading")}</h2>
        {record.revisions.length === 0 ? <p>{t("history.noRevisions")}</p> : null}
        {record.revisions.map((revision) => (
          <section key={revision.id} aria-labelledby={`revision-${revision.number}`} className="agreement-revision">
            <h3 id={`revision-${revision.number}`}>
              {t("history.revisionNumber", { number: revision.number })}
              {revision.inForce ? <> <span className="badge">{t("history.inForce")}</span></> : null}
              {revision.fullySigned ? <> <span className="badge">{t("history.fullySigned")}</span></> : null}
              {revision.superseded ? <> <span className="badge badge--muted">{t("history.superseded")}</span></> : null}
            </h3>
            <dl className="facts">
              <dt>{t("history.written")}</dt>
              <dd>
                <time dateTime={new Date(revision.createdAt).toISOString()}>{when(revision.createdAt)}</time>
              </dd>
              <dt>{t("history.writtenBy")}</dt>
              <dd>{partyName(record, revision.author, t)}</dd>
              <dt>{t("fields.title")}</dt>
              <dd lang={revision.text && revision.text.language !== language ? revision.text.language : undefined}>{revision.text?.title ?? "—"}</dd>
              <dt>{t("history.languages")}</dt>
              <dd>{formatList(revision.languages.map((code) => languageName(code, language)), language)}</dd>
              {revision.fullySignedAt ? (
                <>
                  <dt>{t("history.fullySignedOn")}</dt>
                  <dd>{when(revision.fullySignedAt)}</dd>
                </>
              ) : null}
            </dl>
            {revision.signatures.length === 0 ? (
              <p className="muted">{t("history.noSignatures")}</p>
            ) : (
              <DataTable
                caption={t("history.signaturesCaption", { number: revision.number })}
                columns={[t("signature.party"), t("signature.signatory"), t("signature.language"), t("signature.at"), t("signature.record")]}
              >
                {revision.signatures.map((signature) => (
                  <tr key={signature.id}>
                    <td>{partyName(record, signature.party, t)}</td>
                    <td>
                      {signature.signatoryName || t("signature.erased")}
                      {signature.signatoryTitle ? <div className="muted">{signature.signatoryTitle}</div> : null}
                    </td>
                    <td>{languageName(signature.language, language)}</td>
                    <td>
                      <time dateTime={new Date(signature.at).toISOString()}>{when(signature.at)}</time>
                    </td>
                    <td>
                      {t(`signature.kind.${signature.kind}`)}{" "}
                      <Link to={`/${language}/twinning/signatures/${signature.id}`}>{t("signature.verify")}</Link>
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        ))}
      </section>

      <section aria-labelledby="moves-heading">
        <h2 id="moves-heading">{t("history.movesHeading")}</h2>
        {record.events.length === 0 ? (
          <p>{t("history.noMoves")}</p>
        ) : (
          <ol className="agreement-moves">
            {record.events.map((event) => (
              <li key={event.id}>
                <time dateTime={new Date(event.at).toISOString()}>{when(event.at)}</time>
                {" · "}
                {event.from && event.from !== event.to
                  ? t("history.move", { from: t(`agreements:statuses.${event.from}`), to: t(`agreements:statuses.${event.to}`) })
                  : event.from === event.to
                    ? t("history.newRevision")
                    : t("history.created", { to: t(`agreements:statuses.${event.to}`) })}
                {event.revisionNumber !== null ? <> · {t("history.revisionNumber", { number: event.revisionNumber })}</> : null}
                {event.actorName ? <> · {event.actorName}</> : null}
                {event.note ? <div className="pre-line">{event.note}</div> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <Comparison data={data} />
    </article>
  );
}
