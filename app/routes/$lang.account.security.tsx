import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { ActionError, FormErrors, Notice, TextField } from "~/components/forms";
import { RowAction, RowActionForm } from "~/components/row-action";
import { changeEmailSchema, changePasswordSchema } from "~/modules/accounts/accounts.schemas";
import { changePassword, requestEmailChange } from "~/modules/accounts/accounts.server";
import { minPasswordLength } from "~/modules/auth/password-rules";
import { requirePermission } from "~/modules/auth/permissions.server";
import { describeUserAgent, listSessions, revokeSession, signOutOtherSessions } from "~/modules/auth/signed-in-devices.server";
import { db } from "~/utils/database/connection.server";
import { formatDate } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["account", "forms"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("account:security.title") }));

const notices = ["passwordChanged", "emailSent", "emailChanged", "signedOutElsewhere", "sessionRevoked"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const sessions = await listSessions(db(), user.id);
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return {
    language,
    email: user.email,
    notice,
    sessions: sessions.map((session) => ({
      id: session.id,
      device: describeUserAgent(session.userAgent),
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      current: session.id === user.sessionId,
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const formData = await readForm(request);
  const prisma = db();
  const origin = requestOrigin(context);
  const done = (notice: (typeof notices)[number]) => redirect(`/${language}/account/security?notice=${notice}`);

  return handleIntent(formData, {
    "change-password": async () => {
      const submission = parseWithZod(formData, { schema: changePasswordSchema });
      if (submission.status !== "success") return refuseForm("change-password", submission);
      const result = await changePassword(prisma, { ...submission.value, userId: user.id, sessionId: user.sessionId }, origin);
      if (!result.ok && result.error === "weakPassword") {
        return refuseForm("change-password", submission, { field: "newPassword", fieldError: result.problem });
      }
      if (!result.ok) return refuseForm("change-password", submission, { field: "currentPassword", fieldError: result.error });
      return done("passwordChanged");
    },
    "change-email": async () => {
      const submission = parseWithZod(formData, { schema: changeEmailSchema });
      if (submission.status !== "success") return refuseForm("change-email", submission);
      const result = await requestEmailChange(prisma, { ...submission.value, userId: user.id }, origin);
      if (!result.ok) {
        const field = result.error === "wrongPassword" ? "currentPassword" : "newEmail";
        return refuseForm("change-email", submission, { field, fieldError: result.error });
      }
      return done("emailSent");
    },
    "sign-out-others": async () => {
      await signOutOtherSessions(prisma, { userId: user.id, keepSessionId: user.sessionId }, origin);
      return done("signedOutElsewhere");
    },
    "revoke-session": async () => {
      const sessionId = formData.get("sessionId");
      if (typeof sessionId === "string" && sessionId.length <= 100) {
        await revokeSession(prisma, { userId: user.id, sessionId }, origin);
      }
      return done("sessionRevoked");
    },
  });
}

export default function Security() {
  const { language, email, notice, sessions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const [passwordForm, passwordFields] = useForm({
    id: "change-password",
    lastResult: replyFor(actionData, "change-password")?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const [emailForm, emailFields] = useForm({
    id: "change-email",
    lastResult: replyFor(actionData, "change-email")?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changeEmailSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const others = sessions.filter((session) => !session.current).length;
  return (
    <article>
      <h1>{t("security.title")}</h1>
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      {notice ? <Notice>{t(`notices.${notice}`)}</Notice> : null}

      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{t("security.passwordHeading")}</h2>
        <Form method="post" {...getFormProps(passwordForm)}>
          <input type="hidden" name="intent" value="change-password" />
          <FormErrors form={passwordForm} />
          <TextField field={passwordFields.currentPassword} label={t("fields.currentPassword")} type="password" autoComplete="current-password" />
          <TextField
            field={passwordFields.newPassword}
            label={t("fields.newPassword")}
            type="password"
            autoComplete="new-password"
            hint={t("passwordHint", { min: minPasswordLength })}
          />
          <button type="submit">{t("security.changePassword")}</button>
        </Form>
      </section>

      <section aria-labelledby="email-heading">
        <h2 id="email-heading">{t("security.emailHeading")}</h2>
        <p>{t("security.emailCurrent", { email })}</p>
        <Form method="post" {...getFormProps(emailForm)}>
          <input type="hidden" name="intent" value="change-email" />
          <FormErrors form={emailForm} />
          <TextField field={emailFields.newEmail} label={t("fields.newEmail")} type="email" autoComplete="email" />
          <TextField field={emailFields.currentPassword} label={t("fields.currentPassword")} type="password" autoComplete="current-password" />
          <button type="submit">{t("security.changeEmail")}</button>
        </Form>
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t("security.sessionsHeading")}</h2>
        <DataTable
          caption={t("security.sessionsHeading")}
          columns={[t("security.device"), t("security.signedIn"), t("security.lastSeen"), { label: t("security.actions"), hidden: true }]}
        >
            {sessions.map((session) => (
              <tr key={session.id}>
                <td>
                  {session.device}
                  {session.current ? <strong> ({t("security.thisDevice")})</strong> : null}
                </td>
                <td>{formatDate(session.createdAt, language, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td>{formatDate(session.lastSeenAt, language, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td>
                  {session.current ? null : (
                    <RowAction intent="revoke-session" fields={{ sessionId: session.id }} label={t("security.revoke")} subject={session.device} />
                  )}
                </td>
              </tr>
            ))}
        </DataTable>
        {others > 0 ? (
          <RowActionForm fields={{ intent: "sign-out-others" }}>
            <button type="submit">{t("security.signOutOthers")}</button>
          </RowActionForm>
        ) : null}
      </section>
    </article>
  );
}
