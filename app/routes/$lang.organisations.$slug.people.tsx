import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { ActionError, FormErrors, Notice, SelectField, TextField } from "~/components/forms";
import { RowAction, RowActionButton, RowActionForm } from "~/components/row-action";
import { can } from "~/modules/auth/permissions";
import {
  changeMembership,
  invite,
  listPeople,
  removeMember,
  revokeInvitation,
} from "~/modules/people/people.server";
import { changeMembershipSchema, inviteSchema, removeMemberSchema, revokeInvitationSchema } from "~/modules/people/people.schemas";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { db } from "~/utils/database/connection.server";
import { formatDate } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "organisations"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("organisations:people.title")} · ${data?.organisation.name ?? ""}` }));

const roles = ["admin", "editor", "member"] as const;
const notices = ["invited", "changed", "removed", "invitationRevoked", "joined"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  // Signed in first, so a visitor cannot tell which organisations exist from 404s.
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "organisation:view-people");
  const canManage = can(user, "organisation:manage-people", scope);
  const { memberships, invitations } = await listPeople(db(), organisation.id);
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return {
    language,
    organisation,
    canManage,
    notice,
    currentUserId: user.id,
    people: memberships.map(({ user: person, role, signatory }) => ({
      id: person.id,
      name: person.name,
      title: person.title,
      // Addresses are for those who manage the organisation's people.
      email: canManage ? person.email : null,
      role,
      signatory,
    })),
    invitations: canManage
      ? invitations.map((invitation) => ({ ...invitation, expiresAt: invitation.expiresAt.toISOString() }))
      : [],
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "organisation:manage-people");
  const { organisationId } = scope;
  const formData = await readForm(request);
  const prisma = db();
  const origin = requestOrigin(context);
  const done = (notice: (typeof notices)[number]) =>
    redirect(`/${language}/organisations/${organisation.slug}/people?notice=${notice}`);

  return handleIntent(formData, {
    invite: async () => {
      const submission = parseWithZod(formData, { schema: inviteSchema });
      if (submission.status !== "success") return refuseForm("invite", submission);
      const result = await invite(prisma, { ...submission.value, organisationId, invitedById: user.id, language }, origin);
      return result.ok ? done("invited") : refuseForm("invite", submission, { field: "email", fieldError: result.error });
    },
    change: async () => {
      const submission = parseWithZod(formData, { schema: changeMembershipSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const result = await changeMembership(prisma, { ...submission.value, organisationId, actorId: user.id }, origin);
      return result.ok ? done("changed") : refuseWith(pageForm, result.error);
    },
    remove: async () => {
      const submission = parseWithZod(formData, { schema: removeMemberSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const result = await removeMember(prisma, { ...submission.value, organisationId, actorId: user.id }, origin);
      return result.ok ? done("removed") : refuseWith(pageForm, result.error);
    },
    "revoke-invitation": async () => {
      const submission = parseWithZod(formData, { schema: revokeInvitationSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const result = await revokeInvitation(prisma, { ...submission.value, organisationId, actorId: user.id }, origin);
      return result.ok ? done("invitationRevoked") : refuseWith(pageForm, result.error);
    },
  });
}

export default function OrganisationPeople() {
  const { language, organisation, canManage, notice, people, invitations, currentUserId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("organisations");
  const [form, fields] = useForm({
    id: "invite",
    lastResult: replyFor(actionData, "invite")?.result,
    defaultValue: { role: "member" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const roleOptions = roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const { key: signatoryKey, ...signatoryProps } = getInputProps(fields.signatory, { type: "checkbox" });
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/members/${organisation.slug}`}>{organisation.name}</Link>
      </p>
      <h1>{t("people.title")}</h1>
      {notice ? <Notice>{t(`people.notices.${notice}`)}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <DataTable
        caption={t("people.title")}
        columns={[t("people.name"), t("people.role"), t("signatory"), canManage && { label: t("people.actions"), hidden: true }]}
      >
          {people.map((person) => {
            const formId = `membership-${person.id}`;
            const label = person.name || person.email || "?";
            return (
              <tr key={person.id}>
                <td>
                  {person.name}
                  {person.id === currentUserId ? ` (${t("people.you")})` : null}
                  {person.title ? <div className="muted">{person.title}</div> : null}
                  {person.email ? <div className="muted">{person.email}</div> : null}
                </td>
                <td>
                  {canManage ? (
                    <select name="role" form={formId} defaultValue={person.role} aria-label={t("people.roleOf", { name: label })}>
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {t(`roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`roles.${person.role}`)
                  )}
                </td>
                <td>
                  {canManage ? (
                    <input
                      type="checkbox"
                      name="signatory"
                      form={formId}
                      defaultChecked={person.signatory}
                      aria-label={t("people.signatoryOf", { name: label })}
                    />
                  ) : person.signatory ? (
                    t("people.yes")
                  ) : (
                    t("people.no")
                  )}
                </td>
                {canManage ? (
                  <td className="row-actions">
                    <RowActionForm id={formId} fields={{ userId: person.id }}>
                      <RowActionButton intent="change" label={t("people.save")} subject={label} />
                      <RowActionButton intent="remove" label={t("people.remove")} subject={label} className="button--secondary" />
                    </RowActionForm>
                  </td>
                ) : null}
              </tr>
            );
          })}
      </DataTable>

      {canManage ? (
        <>
          <section aria-labelledby="invite-heading">
            <h2 id="invite-heading">{t("people.inviteHeading")}</h2>
            <p>{t("people.inviteIntro")}</p>
            <Form method="post" {...getFormProps(form)}>
              <input type="hidden" name="intent" value="invite" />
              <FormErrors form={form} />
              <TextField field={fields.email} label={t("people.email")} type="email" autoComplete="off" />
              <SelectField field={fields.role} label={t("people.role")} options={roleOptions} />
              <div className="field">
                <label className="checkbox">
                  <input key={signatoryKey} {...signatoryProps} /> {t("people.signatoryHint")}
                </label>
              </div>
              <button type="submit">{t("people.invite")}</button>
            </Form>
          </section>
          {invitations.length > 0 ? (
            <section aria-labelledby="invitations-heading">
              <h2 id="invitations-heading">{t("people.pendingHeading")}</h2>
              <ul>
                {invitations.map((invitation) => (
                  <li key={invitation.id}>
                    {invitation.email} · {t(`roles.${invitation.role}`)}
                    {invitation.signatory ? ` · ${t("signatory")}` : ""} ·{" "}
                    {t("people.expires", { date: formatDate(invitation.expiresAt, language) })}{" "}
                    <RowAction
                      intent="revoke-invitation"
                      fields={{ invitationId: invitation.id }}
                      label={t("people.revoke")}
                      subject={invitation.email}
                      formClassName="inline-form"
                    />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
