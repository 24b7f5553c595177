import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AccountNav } from "~/components/account-nav";
import { FormErrors, Notice, TextField } from "~/components/forms";
import { changeEmailSchema, changePasswordSchema } from "~/modules/accounts/accounts.schemas";
import { changePassword, requestEmailChange } from "~/modules/accounts/accounts.server";
import { minPasswordLength } from "~/modules/auth/password-rules";
import { requirePermission } from "~/modules/auth/permissions.server";
import { describeUserAgent, listSessions, revokeSession, signOutOtherSessions } from "~/modules/auth/signed-in-devices.server";
import { db } from "~/utils/database/connection.server";
import { formatDate } from "~/utils/format";
import { errorReply, readForm, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";

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
  const intent = formData.get("intent");
  const prisma = db();
  const origin = requestOrigin(context);
  const done = (notice: (typeof notices)[number]) => redirect(`/${language}/account/security?notice=${notice}`);

  if (intent === "change-password") {
    const submission = parseWithZod(formData, { schema: changePasswordSchema });
    if (submission.status !== "success") return rejected(intent, errorReply(submission));
    const result = await changePassword(prisma, { ...submission.value, userId: user.id, sessionId: user.sessionId }, origin);
    if (!result.ok && result.error === "weakPassword") {
      return rejected(intent, errorReply(submission, { field: "newPassword", fieldError: result.problem }));
    }
    if (!result.ok) return rejected(intent, errorReply(submission, { field: "currentPassword", fieldError: result.error }));
    return done("passwordChanged");
  }
  if (intent === "change-email") {
    const submission = parseWithZod(formData, { schema: changeEmailSchema });
    if (submission.status !== "success") return rejected(intent, errorReply(submission));
    const result = await requestEmailChange(prisma, { ...submission.value, userId: user.id }, origin);
    if (!result.ok) {
      const field = result.error === "wrongPassword" ? "currentPassword" : "newEmail";
      return rejected(intent, errorReply(submission, { field, fieldError: result.error }));
    }
    return done("emailSent");
  }
  if (intent === "sign-out-others") {
    await signOutOtherSessions(prisma, { userId: user.id, keepSessionId: user.sessionId }, origin);
    return done("signedOutElsewhere");
  }
  if (intent === "revoke-session") {
    const sessionId = formData.get("sessionId");
    if (typeof sessionId === "string" && sessionId.length <= 100) {
      await revokeSession(prisma, { userId: user.id, sessionId }, origin);
    }
    return done("sessionRevoked");
  }
  throw new Response("Unknown form", { status: 400 });
}

/** A form on this page sent back with its errors; `intent` says which of the forms. */
function rejected(intent: "change-password" | "change-email", result: ReturnType<typeof errorReply>) {
  return data({ intent, result }, { status: 400 });
}

export default function Security() {
  const { language, email, notice, sessions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const [passwordForm, passwordFields] = useForm({
    id: "change-password",
    lastResult: actionData?.intent === "change-password" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const [emailForm, emailFields] = useForm({
    id: "change-email",
    lastResult: actionData?.intent === "change-email" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changeEmailSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const others = sessions.filter((session) => !session.current).length;
  return (
    <article>
      <h1>{t("security.title")}</h1>
      <AccountNav language={language} />
      {notice ? <Notice>{t(`notices.${notice}`)}</Notice> : null}

      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{t("security.passwordHeading")}</h2>
        <Form method="post" {...getFormProps(passwordForm)}>
          <input type="hidden" name="intent" value="change-password" />
          <FormErrors id={passwordForm.errorId} errors={passwordForm.errors} />
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
          <FormErrors id={emailForm.errorId} errors={emailForm.errors} />
          <TextField field={emailFields.newEmail} label={t("fields.newEmail")} type="email" autoComplete="email" />
          <TextField field={emailFields.currentPassword} label={t("fields.currentPassword")} type="password" autoComplete="current-password" />
          <button type="submit">{t("security.changeEmail")}</button>
        </Form>
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t("security.sessionsHeading")}</h2>
        <table>
          <caption className="visually-hidden">{t("security.sessionsHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("security.device")}</th>
              <th scope="col">{t("security.signedIn")}</th>
              <th scope="col">{t("security.lastSeen")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("security.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
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
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke-session" />
                      <input type="hidden" name="sessionId" value={session.id} />
                      <button type="submit" className="button--secondary">
                        {t("security.revoke")}
                        <span className="visually-hidden"> {session.device}</span>
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {others > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="sign-out-others" />
            <button type="submit">{t("security.signOutOthers")}</button>
          </Form>
        ) : null}
      </section>
    </article>
  );
}
