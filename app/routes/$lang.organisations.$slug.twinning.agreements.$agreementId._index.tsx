// One twinning agreement, for both parties and the network's coordinators (who reach it
// through either party's address): the latest revision's terms in the reader's language
// (else the original, marked with its language), who has signed that revision and who has
// not, the revision in force while a change waits, and what this person may do next:
// propose, revise, sign the exact terms shown (their hash is part of the form), decline,
// withdraw, terminate.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ActionError, FieldErrors, FormErrors, Notice, SelectField, TextAreaField, TextField } from "~/components/forms";
import { MarkdownText } from "~/components/markdown";
import { can } from "~/modules/auth/permissions";
import { themeNames } from "~/modules/taxonomy/themes.server";
import { requireAgreement } from "~/modules/twinning/agreement-guard.server";
import { contactSchema, plainIntentSchema, reasonSchema, signSchema } from "~/modules/twinning/agreements.schemas";
import { agreementPage, contactOptions, declineAgreement, proposeAgreement, setContactPerson, signRevision, terminateAgreement, withdrawAgreement } from "~/modules/twinning/agreements.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, formatNumber } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { languageEndonyms, type Language } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreements", "exchanges", "forms"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${data?.agreement.latest.title ?? t("agreements:page.title")} · ${data?.organisation.name ?? ""}` }));

/** The statuses in which an agreement has (or may have) staff exchanges to read. */
const exchangeStatuses: string[] = ["agreed", "active", "completed", "terminated"];

const notices = ["drafted", "saved", "proposed", "revised", "signed", "agreed", "declined", "withdrawn", "terminated", "contact"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope, side } = await requireAgreement(request, params.slug, params.agreementId, "agreements:view");
  const agreement = await agreementPage(db(), params.agreementId!, side, language);
  if (!agreement) notFound();
  const canWrite = can(user, "agreements:write", scope);
  const status = agreement.status;
  const negotiating = status === "proposed" || status === "revised";
  const isAdmin = user.memberships.some((membership) => membership.organisationId === organisation.id && membership.role === "admin");
  const may = {
    edit: canWrite && status === "draft" && side === "a",
    propose: canWrite && status === "draft" && side === "a",
    revise: canWrite && (negotiating || status === "agreed" || status === "active"),
    decline: canWrite && negotiating && agreement.latest.authorSide !== side,
    withdraw: canWrite && (status === "draft" || negotiating) && (side === "a" || agreement.latest.authorSide === side),
    terminate: (status === "agreed" || status === "active") && (isAdmin || can(user, "agreements:sign-for-network")),
    signForSide: can(user, "agreements:sign", scope) && agreement.awaiting.includes(side),
    signForNetwork: can(user, "agreements:sign-for-network") && agreement.awaiting.includes("network"),
    contact: canWrite && (negotiating || status === "agreed" || status === "active" || (status === "draft" && side === "a")),
  };
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return {
    language,
    organisation: { name: organisation.name, slug: organisation.slug },
    agreement,
    themes: await themeNames(db(), language),
    may,
    contactOptions: may.contact ? await contactOptions(db(), organisation.id) : [],
    signatoryName: user.name,
    notice,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user } = await requireAgreement(request, params.slug, params.agreementId, "agreements:view");
  const agreementId = params.agreementId!;
  const formData = await readForm(request);
  const origin = requestOrigin(context);
  const here = `/${language}/organisations/${organisation.slug}/twinning/agreements/${agreementId}`;
  const base = { agreementId, organisationId: organisation.id, actorId: user.id };
  return handleIntent(formData, {
    propose: async () => {
      const submission = parseWithZod(formData, { schema: plainIntentSchema("propose") });
      if (submission.status !== "success") return refuseForm("propose", submission);
      const result = await proposeAgreement(db(), base, origin);
      return result.ok ? redirect(`${here}?notice=proposed`) : refuseForm("propose", submission, { formError: result.error });
    },
    withdraw: async () => {
      const submission = parseWithZod(formData, { schema: plainIntentSchema("withdraw") });
      if (submission.status !== "success") return refuseForm("withdraw", submission);
      const result = await withdrawAgreement(db(), base, origin);
      return result.ok ? redirect(`${here}?notice=withdrawn`) : refuseForm("withdraw", submission, { formError: result.error });
    },
    decline: async () => {
      const submission = parseWithZod(formData, { schema: reasonSchema("decline") });
      if (submission.status !== "success") return refuseForm("decline", submission);
      const result = await declineAgreement(db(), { ...base, reason: submission.value.reason }, origin);
      return result.ok ? redirect(`${here}?notice=declined`) : refuseForm("decline", submission, { formError: result.error });
    },
    terminate: async () => {
      const submission = parseWithZod(formData, { schema: reasonSchema("terminate") });
      if (submission.status !== "success") return refuseForm("terminate", submission);
      const result = await terminateAgreement(db(), { ...base, reason: submission.value.reason }, origin);
      return result.ok ? redirect(`${here}?notice=terminated`) : refuseForm("terminate", submission, { formError: result.error });
    },
    contact: async () => {
      const submission = parseWithZod(formData, { schema: contactSchema((await contactOptions(db(), organisation.id)).map((option) => option.value)) });
      if (submission.status !== "success") return refuseForm("contact", submission);
      const result = await setContactPerson(db(), { ...base, contactId: submission.value.contactId ?? null }, origin);
      return result.ok ? redirect(`${here}?notice=contact`) : refuseForm("contact", submission, { formError: result.error });
    },
    sign: async () => {
      const submission = parseWithZod(formData, { schema: signSchema });
      const form = `sign-${String(formData.get("party"))}`;
      if (submission.status !== "success") return refuseForm(["sign-a", "sign-b", "sign-network"].includes(form) ? form : pageForm, submission);
      const { party, revisionId, language: read, sha256, signatoryTitle } = submission.value;
      const result = await signRevision(db(), { ...base, party, revisionId, language: read, shownSha256: sha256, signatoryTitle }, origin);
      if (!result.ok) return refuseForm(form, submission, { formError: result.error });
      return redirect(`${here}?notice=${result.inForce ? "agreed" : "signed"}`);
    },
  });
}

type Loaded = Awaited<ReturnType<typeof loader>>;

function ReasonForm({ intent, lastResult, label, submitLabel, danger = false }: { intent: "decline" | "terminate"; lastResult: SubmissionResult<string[]> | undefined; label: string; submitLabel: string; danger?: boolean }) {
  const [form, fields] = useForm<{ intent: string; reason: string }, { intent: string; reason: string }, string[]>({
    id: intent,
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reasonSchema(intent) as unknown as z.ZodType<{ intent: string; reason: string }> }),
    shouldValidate: "onBlur",
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      <FormErrors form={form} labels={{ reason: label }} />
      <TextAreaField field={fields.reason} label={label} rows={3} />
      <button type="submit" className={danger ? "danger" : undefined}>
        {submitLabel}
      </button>
    </Form>
  );
}

function ContactForm({ options, current, lastResult }: { options: { value: string; label: string }[]; current: string; lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation("agreements");
  const [form, fields] = useForm<{ intent: string; contactId: string }, { intent: string; contactId: string }, string[]>({ id: "contact", lastResult, defaultValue: { contactId: current } });
  return (
    <Form method="post" {...getFormProps(form)} aria-labelledby="contact-heading">
      <h3 id="contact-heading">{t("contact.heading")}</h3>
      <input type="hidden" name="intent" value="contact" />
      <FormErrors form={form} labels={{ contactId: t("contact.label") }} />
      <SelectField field={fields.contactId} label={t("contact.label")} placeholder={t("fields.noContact")} options={options} hint={t("hints.contact")} />
      <button type="submit">{t("contact.submit")}</button>
    </Form>
  );
}

function SignForm({ party, agreement, lastResult, signatoryName }: { party: "a" | "b" | "network"; agreement: Loaded["agreement"]; lastResult: SubmissionResult<string[]> | undefined; signatoryName: string }) {
  const { t } = useTranslation("agreements");
  type Shape = { intent: string; party: string; revisionId: string; language: string; sha256: string; signatoryTitle: string; confirm: string };
  const [form, fields] = useForm<Shape, Shape, string[]>({
    id: `sign-${party}`,
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signSchema as unknown as z.ZodType<Shape> }),
    shouldValidate: "onBlur",
  });
  const confirmId = `${form.id}-confirm`;
  const who = party === "network" ? t("parties.network") : agreement.parties[party].name;
  return (
    <Form method="post" {...getFormProps(form)} aria-labelledby={`${form.id}-heading`}>
      <h3 id={`${form.id}-heading`}>{t("sign.heading", { party: who })}</h3>
      <input type="hidden" name="intent" value="sign" />
      <input type="hidden" name="party" value={party} />
      <input type="hidden" name="revisionId" value={agreement.latest.id} />
      <input type="hidden" name="language" value={agreement.latest.language} />
      <input type="hidden" name="sha256" value={agreement.latest.sha256 ?? ""} />
      <FormErrors form={form} labels={{ signatoryTitle: t("sign.title"), confirm: t("sign.confirmLabel") }} />
      <p>
        {t("sign.what", { number: agreement.latest.number, language: languageEndonyms[agreement.latest.language as Language] ?? agreement.latest.language })}
      </p>
      <p>
        {t("sign.hash")} <code>{agreement.latest.sha256}</code>
      </p>
      <p>{t("sign.signatory", { name: signatoryName })}</p>
      <TextField field={fields.signatoryTitle} label={t("sign.title")} autoComplete="organization-title" />
      <div className="checkbox">
        <input type="checkbox" id={confirmId} name="confirm" value="on" aria-describedby={fields.confirm.errors ? fields.confirm.errorId : undefined} />
        <label htmlFor={confirmId}>{t("sign.confirmLabel", { number: agreement.latest.number })}</label>
      </div>
      <FieldErrors id={fields.confirm.errorId} errors={fields.confirm.errors} />
      <button type="submit">{t("sign.submit")}</button>
    </Form>
  );
}

export default function AgreementPage() {
  const { language, organisation, agreement, themes, may, contactOptions, signatoryName, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("agreements");
  const base = `/${language}/organisations/${organisation.slug}/twinning/agreements`;
  const here = `${base}/${agreement.id}`;
  const latest = agreement.latest;
  const textLang = latest.isFallback ? latest.language : undefined;
  const partyName = (party: "a" | "b" | "network") => (party === "network" ? t("parties.network") : agreement.parties[party].name);
  const day = (iso: string) => formatDate(iso, language, { dateStyle: "long", timeZone: "UTC" });
  // Staff exchanges are planned once the agreement is in force, and stay readable after it ends.
  const hasExchanges = exchangeStatuses.includes(agreement.status);
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link> › <Link to={base}>{t("list.title")}</Link>
      </p>
      <h1 lang={textLang}>{latest.title}</h1>
      {notice ? <Notice>{t(`notices.${notice}`)}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <dl>
        <dt>{t("page.parties")}</dt>
        <dd>
          {agreement.parties.a.name} · {agreement.parties.b.name}
        </dd>
        <dt>{t("page.status")}</dt>
        <dd>{t(`statuses.${agreement.status}`)}</dd>
        <dt>{t("page.revision")}</dt>
        <dd>{formatNumber(latest.number, language)}</dd>
        {agreement.endReason ? (
          <>
            <dt>{t("page.reason")}</dt>
            <dd>{agreement.endReason}</dd>
          </>
        ) : null}
      </dl>
      {agreement.inForce ? (
        <p className="notice">
          {t("page.changePending", { number: agreement.inForce.number, from: day(agreement.inForce.startsOn), to: day(agreement.inForce.endsOn) })}
        </p>
      ) : null}

      <section aria-labelledby="terms-heading">
        <h2 id="terms-heading">{t("page.terms", { number: latest.number })}</h2>
        {latest.isFallback ? <p>{t("page.shownIn", { language: languageEndonyms[latest.language as Language] ?? latest.language })}</p> : null}
        {latest.isOutOfDate ? <p>{t("page.outOfDate")}</p> : null}
        <dl>
          <dt>{t("fields.startsOn")}</dt>
          <dd>{day(latest.startsOn)}</dd>
          <dt>{t("fields.endsOn")}</dt>
          <dd>{day(latest.endsOn)}</dd>
          <dt>{t("fields.themes")}</dt>
          <dd>{latest.themes.length === 0 ? t("page.noThemes") : latest.themes.map((key) => themes[key] ?? key).join(", ")}</dd>
          <dt>{t("fields.exchangesFrom", { from: agreement.parties.a.name, to: agreement.parties.b.name })}</dt>
          <dd>{formatNumber(latest.exchangesAToB, language)}</dd>
          <dt>{t("fields.exchangesFrom", { from: agreement.parties.b.name, to: agreement.parties.a.name })}</dt>
          <dd>{formatNumber(latest.exchangesBToA, language)}</dd>
          <dt>{t("fields.groupSizeCap")}</dt>
          <dd>{formatNumber(latest.groupSizeCap, language)}</dd>
        </dl>
        <h3>{t("page.objectives")}</h3>
        <div lang={textLang}>
          <MarkdownText headingLevel={4}>{latest.objectives}</MarkdownText>
        </div>
        <h3>{t("page.contacts")}</h3>
        <p>
          {t("page.labelled", { label: agreement.parties.a.name, value: agreement.contacts.a ?? t("page.noContact") })}
          <br />
          {t("page.labelled", { label: agreement.parties.b.name, value: agreement.contacts.b ?? t("page.noContact") })}
        </p>
      </section>

      <section aria-labelledby="signatures-heading">
        <h2 id="signatures-heading">{t("page.signatures", { number: latest.number })}</h2>
        {agreement.status === "draft" ? (
          <p>{t("page.draftNotSigned")}</p>
        ) : (
          <ul>
            {(["a", "b", "network"] as const).map((party) => {
              const signature = agreement.signatures.find((candidate) => candidate.party === party);
              return (
                <li key={party}>
                  {t("page.labelled", {
                    label: partyName(party),
                    value: signature
                      ? t("page.signedBy", { name: signature.name, title: signature.title, date: day(signature.at) })
                      : agreement.awaiting.includes(party)
                        ? t("page.notSigned")
                        : t("page.notSignedClosed"),
                  })}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {may.propose || may.edit || may.revise || may.withdraw || may.decline || may.terminate || may.signForSide || may.signForNetwork ? (
        <section aria-labelledby="actions-heading">
          <h2 id="actions-heading">{t("page.actions")}</h2>
          {may.edit ? (
            <p>
              <Link to={`${here}/revise`}>{t("page.editDraft")}</Link>
            </p>
          ) : null}
          {may.revise ? (
            <p>
              <Link to={`${here}/revise`}>{t("page.revise")}</Link>
            </p>
          ) : null}
          {may.propose ? (
            <Form method="post">
              <ActionError id="propose-error" error={replyFor(actionData, "propose")?.result?.error?.[""]?.[0]} />
              <input type="hidden" name="intent" value="propose" />
              <p>{t("page.proposeHint", { partner: agreement.parties.b.name })}</p>
              <button type="submit">{t("page.propose")}</button>
            </Form>
          ) : null}
          {may.signForSide ? <SignForm party={agreement.side} agreement={agreement} lastResult={replyFor(actionData, `sign-${agreement.side}`)?.result} signatoryName={signatoryName} /> : null}
          {may.signForNetwork ? <SignForm party="network" agreement={agreement} lastResult={replyFor(actionData, "sign-network")?.result} signatoryName={signatoryName} /> : null}
          {may.contact ? <ContactForm options={contactOptions} current={agreement.ownContactId} lastResult={replyFor(actionData, "contact")?.result} /> : null}
          {may.decline ? (
            <>
              <h3>{t("page.declineHeading")}</h3>
              <ReasonForm intent="decline" lastResult={replyFor(actionData, "decline")?.result} label={t("page.declineReason")} submitLabel={t("page.decline")} />
            </>
          ) : null}
          {may.withdraw ? (
            <Form method="post">
              <ActionError id="withdraw-error" error={replyFor(actionData, "withdraw")?.result?.error?.[""]?.[0]} />
              <input type="hidden" name="intent" value="withdraw" />
              <button type="submit" className="danger">
                {t("page.withdraw")}
              </button>
            </Form>
          ) : null}
          {may.terminate ? (
            <>
              <h3>{t("page.terminateHeading")}</h3>
              <ReasonForm intent="terminate" lastResult={replyFor(actionData, "terminate")?.result} label={t("page.terminateReason")} submitLabel={t("page.terminate")} danger />
            </>
          ) : null}
        </section>
      ) : null}

      {/* The reading parts: the staff exchanges (once in force), the history of revisions, the comments, the PDF. */}
      <nav aria-label={t("page.moreLabel")} className="agreement-reading-links">
        <ul>
          {hasExchanges ? (
            <li>
              <Link to={`${here}/exchanges`}>{t("exchanges:list.title")}</Link>
            </li>
          ) : null}
          <li>
            <Link to={`${here}/history`}>{t("page.history")}</Link>
          </li>
          <li>
            <Link to={`${here}/comments`}>{t("page.comments")}</Link>
          </li>
          <li>
            <a href={`${here}/agreement.pdf`}>{t("page.pdf")}</a>
          </li>
        </ul>
      </nav>
    </article>
  );
}
