// Planning a staff exchange inside an active agreement: which side hosts, the dates (within
// the agreement's), the participants (people of the sending side, at most the agreement's
// cap) and what they come to learn. The agreement's admins and editors plan (agreements:write).
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxList } from "~/components/checkbox-list";
import { FieldErrors, FormErrors, SelectField, TextAreaField, TextField } from "~/components/forms";
import { requireAgreement } from "~/modules/twinning/agreement-guard.server";
import { agreementForExchanges, agreementTitle, exchangeDates, isoDay, peopleOf } from "~/modules/twinning/exchange-reading.server";
import { dayOf, hostChoices, planExchangeSchema } from "~/modules/twinning/exchange.schemas";
import { planExchange } from "~/modules/twinning/exchanges.server";
import { db } from "~/utils/database/connection.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { formatNumber, languageName } from "~/utils/format";
import { languages } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreements", "exchanges", "forms"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("exchanges:new.title")} · ${data?.agreement.title ?? ""}` }));

const formId = "plan-exchange";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, agreement: guarded, partnerId } = await requireAgreement(request, params.slug, params.agreementId, "agreements:write");
  const agreement = await agreementForExchanges(db(), guarded.id);
  if (!agreement) notFound();
  const title = await agreementTitle(db(), agreement.id, language);
  const partner = agreement.organisationA.id === partnerId ? agreement.organisationA : agreement.organisationB;
  const terms = agreement.status === "active" ? agreement.inForceRevision : null;
  const people = terms ? await peopleOf(db(), [organisation.id, partnerId]) : [];
  const nameOf = (organisationId: string) => (organisationId === organisation.id ? organisation.name : partner.name);
  return {
    language,
    organisation: { name: organisation.name, slug: organisation.slug },
    partner: { name: partner.name },
    agreement: { id: agreement.id, title: title.title, titleLanguage: title.language },
    terms: terms
      ? {
          startsOn: isoDay(terms.startsOn),
          endsOn: isoDay(terms.endsOn),
          dates: exchangeDates(terms, language),
          cap: formatNumber(terms.groupSizeCap, language),
        }
      : null,
    people: people.map((person) => ({ value: person.id, label: `${person.name} (${nameOf(person.organisationId)})` })),
    languageOptions: languages.map((code) => ({ value: code, label: languageName(code, language), lang: code })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, agreement } = await requireAgreement(request, params.slug, params.agreementId, "agreements:write");
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: planExchangeSchema });
  if (submission.status !== "success") return refuseForm(formId, submission);
  const { host, startsOn, endsOn, participants, objectives, language: objectivesLanguage } = submission.value;
  const result = await planExchange(
    db(),
    {
      agreementId: agreement.id,
      organisationId: organisation.id,
      actorId: user.id,
      host,
      startsOn: dayOf(startsOn),
      endsOn: dayOf(endsOn),
      participantIds: participants,
      objectives,
      language: objectivesLanguage,
    },
    requestOrigin(context),
  );
  if (!result.ok) {
    const message = result.value === undefined ? result.error : `${result.error}:${result.value}`;
    if (!result.field) return refuseWith(pageForm, message, 409);
    return refuseForm(formId, submission, { field: result.field, fieldError: message });
  }
  return redirect(`/${language}/organisations/${organisation.slug}/twinning/agreements/${agreement.id}/exchanges/${result.exchangeId}?notice=planned`);
}

export default function PlanExchange() {
  const { language, organisation, partner, agreement, terms, people, languageOptions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("exchanges");
  const base = `/${language}/organisations/${organisation.slug}/twinning/agreements/${agreement.id}/exchanges`;
  const [form, fields] = useForm({
    id: formId,
    lastResult: replyFor(actionData, formId)?.result,
    defaultValue: { language },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: planExchangeSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const refusal = replyFor(actionData, pageForm)?.error;
  const labels = {
    host: t("new.host"),
    startsOn: t("new.startsOn"),
    endsOn: t("new.endsOn"),
    participants: t("new.participants"),
    objectives: t("new.objectives"),
    language: t("new.language"),
  };
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link> ›{" "}
        <Link to={base}>{t("list.title")}</Link>
      </p>
      <h1>{t("new.title")}</h1>
      <p lang={agreement.titleLanguage !== language ? agreement.titleLanguage : undefined}>{agreement.title}</p>
      {!terms ? (
        <p>{t("list.notActive")}</p>
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <FormErrors form={form} labels={labels} error={refusal} />
          <fieldset className="field radio-list" aria-describedby={fields.host.errors?.length ? fields.host.errorId : undefined}>
            <legend>{labels.host}</legend>
            {hostChoices.map((choice, index) => (
              <div key={choice} className="checkbox">
                <input
                  type="radio"
                  id={index === 0 ? fields.host.id : `${fields.host.id}-${choice}`}
                  name={fields.host.name}
                  value={choice}
                  defaultChecked={fields.host.initialValue === choice}
                />
                <label htmlFor={index === 0 ? fields.host.id : `${fields.host.id}-${choice}`}>
                  {choice === "us" ? t("new.hostUs", { organisation: organisation.name }) : t("new.hostPartner", { organisation: partner.name })}
                </label>
              </div>
            ))}
            <FieldErrors id={fields.host.errorId} errors={fields.host.errors} />
          </fieldset>
          <p className="field-hint">{t("new.within", { dates: terms.dates })}</p>
          <TextField field={fields.startsOn} label={labels.startsOn} type="date" />
          <TextField field={fields.endsOn} label={labels.endsOn} type="date" />
          <CheckboxList field={fields.participants} legend={labels.participants} hint={t("new.participantsHint", { cap: terms.cap })} options={people} />
          <TextAreaField field={fields.objectives} label={labels.objectives} hint={t("new.objectivesHint")} rows={6} />
          <SelectField field={fields.language} label={labels.language} options={languageOptions} />
          <p className="actions">
            <button type="submit">{t("new.submit")}</button> <Link to={base}>{t("new.back")}</Link>
          </p>
        </Form>
      )}
    </article>
  );
}
