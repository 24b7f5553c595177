// An organisation's admin registers several of its delegates for an event at once: a
// table of rows (name, email address), one more row at a time with a button that works
// without JavaScript (the action sends the form back with a row more, keeping what was
// typed), how the event places a group and how many places are open to the organisation
// now. Each delegate is then emailed a link to give their own answers.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { ActionError, FormErrors, Notice, TextField } from "~/components/forms";
import { delegatesOf, eventForRegistration, eventHeading, placesForOrganisation } from "~/modules/events/registration-reading.server";
import { groupFormSchema, maxDelegates } from "~/modules/events/registration.schemas";
import { registerGroup } from "~/modules/events/registrations.server";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { db } from "~/utils/database/connection.server";
import { formatNumber } from "~/utils/format";
import { pageForm, replyFor, type FormReply } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "registration"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("registration:group.title")} · ${data?.event.title ?? ""}` }));

const groupForm = "group";
const firstRows = 3;
const counted = ["confirmed", "waitlisted", "applied"] as const;

/** How many rows the form has: what it said (a hidden field), kept within 1 and maxDelegates. */
function rowsOf(value: unknown) {
  const rows = Number(value);
  return Number.isInteger(rows) ? Math.min(Math.max(rows, 1), maxDelegates) : firstRows;
}

/** Adding a row checks nothing: it only sends the form back with what was typed. */
const anyRows = z.record(z.string(), z.unknown());

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const language = requireLanguage(params, request);
  const { organisation, user } = await requireOrganisationPermission(request, params.slug, "events:register-group");
  const eventId = requireRecordId(params.eventId);
  const event = await eventForRegistration(db(), eventId, language);
  if (!event || event.status === "draft") notFound();
  return { language, organisation, user, event };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { language, organisation, event } = await load(request, params);
  const url = new URL(request.url);
  const sent = url.searchParams.get("notice") === "sent" ? Object.fromEntries(counted.map((status) => [status, rowsCount(url.searchParams.get(status))])) : null;
  const [places, delegates] = await Promise.all([placesForOrganisation(db(), event.id, organisation.id), delegatesOf(db(), event.id, organisation.id)]);
  return {
    language,
    organisation: { name: organisation.name, slug: organisation.slug },
    sent: sent as Record<(typeof counted)[number], number> | null,
    delegates,
    places: places ?? { open: 0, cap: null, waiting: 0 },
    event: { ...eventHeading(event, language), groupPolicy: event.groupPolicy },
  };
}

function rowsCount(value: string | null) {
  const count = Number(value);
  return Number.isInteger(count) && count >= 0 && count <= maxDelegates ? count : 0;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { language, organisation, user, event } = await load(request, params);
  const formData = await readForm(request);
  const rows = rowsOf(formData.get("rows"));
  return handleIntent(formData, {
    addRow: async () => {
      const more = new FormData();
      for (const [name, value] of formData) if (name !== "rows" && name !== "intent") more.append(name, value);
      more.set("rows", String(Math.min(rows + 1, maxDelegates)));
      return data<FormReply>({ form: groupForm, result: parseWithZod(more, { schema: anyRows }).reply() });
    },
    register: async () => {
      const submission = parseWithZod(formData, { schema: groupFormSchema(rows) });
      if (submission.status !== "success") return refuseForm(groupForm, submission);
      const result = await registerGroup(db(), {
        eventId: event.id,
        organisationId: organisation.id,
        registeredById: user.id,
        delegates: submission.value.delegates,
        ip: requestOrigin(context).clientAddress,
      });
      // Busy (the places lock not had in time): 503, nothing written, the admin may send it again.
      if (!result.ok) return refuseForm(groupForm, submission, { formError: `event_${result.error}` }, result.error === "busy" ? 503 : 400);
      const counts = new URLSearchParams({ notice: "sent", ...Object.fromEntries(counted.map((status) => [status, String(result[status])])) });
      return redirect(`/${language}/organisations/${organisation.slug}/events/${event.id}/group?${counts}`);
    },
  });
}

export default function RegisterGroup() {
  const { language, organisation, sent, delegates, places, event } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("registration");
  const { t: tForms } = useTranslation("forms");
  const reply = replyFor(actionData, groupForm);
  const rows = rowsOf((reply?.result?.initialValue as Record<string, unknown> | undefined)?.rows ?? firstRows);
  const [form, fields] = useForm({
    id: groupForm,
    lastResult: reply?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: formData.get("intent") === "addRow" ? anyRows : groupFormSchema(rows) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const field = (name: string) => fields[name as keyof typeof fields] as Parameters<typeof TextField>[0]["field"];
  const labels = Object.fromEntries(
    Array.from({ length: rows }, (_, row) => [
      [`delegate-${row}-name`, t("group.nameOf", { number: formatNumber(row + 1, language) })],
      [`delegate-${row}-email`, t("group.emailOf", { number: formatNumber(row + 1, language) })],
    ]).flat(),
  );
  const titleLang = event.titleLanguage !== language ? event.titleLanguage : undefined;
  const count = (key: string, value: number) => t(key, { count: value, formatted: formatNumber(value, language) });
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/events/${event.id}`}>
          <span lang={titleLang}>{event.title}</span>
        </Link>
      </p>
      <h1>{t("group.title")}</h1>
      <p className="lead">
        <span lang={titleLang}>{event.title}</span>
      </p>
      {sent ? (
        <Notice>
          {counted
            .filter((status) => sent[status] > 0)
            .map((status) => count(`group.sent.${status}`, sent[status]))
            .join(" ")}{" "}
          {t("group.sent.mailed")}
        </Notice>
      ) : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <dl className="facts">
        <dt>{t("register.when")}</dt>
        <dd>{event.dates}</dd>
        <dt>{t("register.where")}</dt>
        <dd>{event.place}</dd>
        <dt>{t("group.placesOpen")}</dt>
        <dd>
          {places.open > 0 ? count("group.openNow", places.open) : t("group.noneOpen")}
          {places.cap !== null ? ` ${count("group.cap", places.cap)}` : null}
        </dd>
      </dl>
      <section aria-labelledby="policy-heading">
        <h2 id="policy-heading">{t("group.policyHeading")}</h2>
        <p>{event.mode === "application" ? t("group.policy.application") : t(`group.policy.${event.groupPolicy}`)}</p>
        <p>{t("group.links", { organisation: organisation.name })}</p>
      </section>
      {delegates.length > 0 ? (
        <section aria-labelledby="named-heading">
          <h2 id="named-heading">{t("group.namedHeading")}</h2>
          <ul>
            {delegates.map((delegate) => (
              <li key={delegate.id}>
                {delegate.name}: {t(`statuses.${delegate.status}`)}
                {delegate.position !== null ? ` · ${t("mine.position", { position: formatNumber(delegate.position, language) })}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {event.closedBecause ? (
        <p className="notice">{tForms(`errors.event_${event.closedBecause}`)}</p>
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <FormErrors form={form} labels={labels} />
          <input type="hidden" name="rows" value={rows} />
          <fieldset>
            <legend>{t("group.delegatesHeading")}</legend>
            <p className="field-hint">{t("group.rowsHint")}</p>
            <DataTable caption={t("group.delegatesHeading")} columns={[t("group.row"), t("group.name"), t("group.email")]}>
              {Array.from({ length: rows }, (_, row) => (
                <tr key={row}>
                  <td>{formatNumber(row + 1, language)}</td>
                  <td>
                    <TextField field={field(`delegate-${row}-name`)} label={<span className="visually-hidden">{labels[`delegate-${row}-name`]}</span>} autoComplete="off" />
                  </td>
                  <td>
                    <TextField
                      field={field(`delegate-${row}-email`)}
                      type="email"
                      label={<span className="visually-hidden">{labels[`delegate-${row}-email`]}</span>}
                      autoComplete="off"
                    />
                  </td>
                </tr>
              ))}
            </DataTable>
            {rows < maxDelegates ? (
              <button type="submit" name="intent" value="addRow" className="button--secondary">
                {t("group.addRow")}
              </button>
            ) : (
              <p className="field-hint">{count("group.maxRows", maxDelegates)}</p>
            )}
          </fieldset>
          <button type="submit" name="intent" value="register">
            {event.mode === "application" ? t("group.apply") : t("group.submit")}
          </button>
        </Form>
      )}
    </article>
  );
}
