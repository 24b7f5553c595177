import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CoordinationNav } from "~/components/coordination-nav";
import { Notice } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import { findCurrentCharter } from "~/modules/charter/charter.server";
import { listMembersInGoodStanding, listMembersNotSigned } from "~/modules/membership/good-standing.server";
import { sendReminders } from "~/modules/charter/versions.server";
import { db } from "~/utils/database/connection.server";
import { countryName } from "~/utils/format";
import { readForm, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";

export const meta: MetaFunction = ({ matches }) =>
  translatedMeta(matches, (t) => ({ title: t("membership:coordination.charterTitle") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "membership:review");
  const prisma = db();
  const charter = await findCurrentCharter(prisma);
  const [notSigned, signed] = charter
    ? await Promise.all([listMembersNotSigned(prisma, charter.id), listMembersInGoodStanding(prisma, charter.id)])
    : [[], []];
  const sent = new URL(request.url).searchParams.get("sent");
  return { language, version: charter?.number ?? null, notSigned, signedCount: signed.length, sent: sent && /^\d+$/.test(sent) ? Number(sent) : null };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "membership:review");
  const formData = await readForm(request);
  const prisma = db();
  const charter = await findCurrentCharter(prisma);
  if (!charter) return data({ error: "versionNotCurrent" }, { status: 409 });
  // Only organisations that still have not signed: a stale page cannot remind one that has.
  const notSigned = await listMembersNotSigned(prisma, charter.id);
  const chosen = formData.getAll("organisationId").filter((value): value is string => typeof value === "string");
  if (formData.get("intent") === "remind-all" && formData.get("confirm") !== "on") return data({ error: "confirmReminders" }, { status: 400 });
  const targets = formData.get("intent") === "remind-all" ? notSigned : notSigned.filter((organisation) => chosen.includes(organisation.id));
  if (targets.length === 0) return data({ error: "nothingToRemind" }, { status: 400 });
  const emails = await sendReminders(
    prisma,
    { versionNumber: charter.number, organisationIds: targets.map((organisation) => organisation.id), actorId: user.id },
    requestOrigin(context),
  );
  return redirect(`/${language}/coordination/charter?sent=${emails}`);
}

export default function CharterFollowUp() {
  const { language, version, notSigned, signedCount, sent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("membership");
  const { t: tForms } = useTranslation("forms");
  return (
    <article>
      <h1>{t("coordination.charterTitle")}</h1>
      <CoordinationNav language={language} />
      {sent !== null ? <Notice>{t("coordination.remindersSent", { count: sent })}</Notice> : null}
      <div role="alert">{actionData?.error ? <p className="form-errors">{tForms(`errors.${actionData.error}`)}</p> : null}</div>
      {version === null ? (
        <p>{t("dashboard.noCharter")}</p>
      ) : (
        <>
          <p>{t("coordination.summary", { number: version, signed: signedCount, count: notSigned.length })}</p>
          {notSigned.length > 0 ? (
            <>
              <Form method="post">
                <input type="hidden" name="intent" value="remind-all" />
                <div className="field">
                  <label className="checkbox">
                    <input type="checkbox" name="confirm" required /> {t("coordination.remindAllConfirm")}
                  </label>
                </div>
                <button type="submit">{t("coordination.remindAll", { count: notSigned.length })}</button>
              </Form>
              <table>
                <caption className="visually-hidden">{t("coordination.notSignedCaption", { number: version })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("queue.organisation")}</th>
                    <th scope="col">{t("queue.country")}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t("coordination.actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {notSigned.map((organisation) => (
                    <tr key={organisation.id}>
                      <td>
                        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link>
                      </td>
                      <td>{countryName(organisation.countryCode, language)}</td>
                      <td>
                        <Form method="post">
                          <input type="hidden" name="intent" value="remind" />
                          <input type="hidden" name="organisationId" value={organisation.id} />
                          <button type="submit" className="button--secondary">
                            {t("coordination.remind")}
                            <span className="visually-hidden"> {organisation.name}</span>
                          </button>
                        </Form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </>
      )}
    </article>
  );
}
