import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { ActionError, Notice } from "~/components/forms";
import { RowAction } from "~/components/row-action";
import { requirePermission } from "~/modules/auth/permissions.server";
import { findCurrentCharter } from "~/modules/charter/charter.server";
import { listMembersInGoodStanding, listMembersNotSigned } from "~/modules/membership/good-standing.server";
import { remindToSign } from "~/modules/membership/charter-reminders.server";
import { db } from "~/utils/database/connection.server";
import { countryName } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { readForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "membership"] };

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
  const remindAll = formData.get("intent") === "remind-all";
  if (remindAll && formData.get("confirm") !== "on") return refuseWith(pageForm, "confirmReminders");
  const chosen = formData.getAll("organisationId").filter((value): value is string => typeof value === "string");
  const result = await remindToSign(db(), { organisationIds: remindAll ? "all" : chosen, actorId: user.id }, requestOrigin(context));
  if (!result.ok) return refuseWith(pageForm, result.error, result.error === "versionNotCurrent" ? 409 : 400);
  return redirect(`/${language}/coordination/charter?sent=${result.emails}`);
}

export default function CharterFollowUp() {
  const { language, version, notSigned, signedCount, sent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("membership");
  return (
    <article>
      <h1>{t("coordination.charterTitle")}</h1>
      {sent !== null ? <Notice>{t("coordination.remindersSent", { count: sent })}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      {version === null ? (
        <p>{t("dashboard.noCharter")}</p>
      ) : (
        <>
          <p>
            {/* Each half is a plural of its own: "1 member has signed, 2 have not yet." */}
            {t("coordination.summary", {
              number: version,
              signed: t("coordination.summarySigned", { count: signedCount }),
              notSigned: t("coordination.summaryNotSigned", { count: notSigned.length }),
            })}
          </p>
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
              <DataTable
                caption={t("coordination.notSignedCaption", { number: version })}
                columns={[t("queue.organisation"), t("queue.country"), { label: t("coordination.actions"), hidden: true }]}
              >
                  {notSigned.map((organisation) => (
                    <tr key={organisation.id}>
                      <td>
                        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link>
                      </td>
                      <td>{countryName(organisation.countryCode, language)}</td>
                      <td>
                        <RowAction
                          intent="remind"
                          fields={{ organisationId: organisation.id }}
                          label={t("coordination.remind")}
                          subject={organisation.name}
                        />
                      </td>
                    </tr>
                  ))}
              </DataTable>
            </>
          ) : null}
        </>
      )}
    </article>
  );
}
