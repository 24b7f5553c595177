// A person's registrations for events, and those they made for their organisation's
// delegates: status, position on the waiting list, an open offer and its deadline.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { requirePermission } from "~/modules/auth/permissions.server";
import { ownRegistrations } from "~/modules/events/registration-reading.server";
import { eventDates } from "~/modules/events/shown-event-texts.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, formatNumber } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["registration"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("registration:mine.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const registrations = await ownRegistrations(db(), user.id, language);
  return {
    language,
    registrations: registrations.map((registration) => ({
      id: registration.id,
      status: registration.status,
      forSelf: registration.forSelf,
      delegateName: registration.delegateName,
      organisationName: registration.organisationName,
      position: registration.position,
      title: registration.event.title,
      titleLanguage: registration.event.titleLanguage,
      dates: eventDates(registration.event, language),
      offerDeadline:
        registration.offerOpen && registration.offerExpiresAt
          ? `${formatDate(registration.offerExpiresAt, language, { dateStyle: "long", timeStyle: "short", timeZone: registration.event.timeZone })} (${registration.event.timeZone})`
          : null,
    })),
  };
}

export default function MyRegistrations() {
  const { language, registrations } = useLoaderData<typeof loader>();
  const { t } = useTranslation("registration");
  return (
    <article>
      <h1>{t("mine.title")}</h1>
      {registrations.length === 0 ? (
        <p>
          {t("mine.none")} <Link to={`/${language}/events`}>{t("mine.seeEvents")}</Link>
        </p>
      ) : (
        <DataTable
          caption={t("mine.title")}
          columns={[t("mine.event"), t("mine.who"), t("mine.status")]}
        >
          {registrations.map((registration) => (
            <tr key={registration.id}>
              <td>
                <Link to={`/${language}/account/registrations/${registration.id}`} lang={registration.titleLanguage !== language ? registration.titleLanguage : undefined}>
                  {registration.title}
                </Link>
                <br />
                <span className="field-hint">{registration.dates}</span>
              </td>
              <td>{registration.forSelf ? t("mine.myself") : (registration.delegateName ?? "")}</td>
              <td>
                {t(`statuses.${registration.status}`)}
                {registration.position !== null ? ` · ${t("mine.position", { position: formatNumber(registration.position, language) })}` : null}
                {registration.offerDeadline ? (
                  <>
                    <br />
                    <strong>{t("mine.offerUntil", { deadline: registration.offerDeadline })}</strong>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </article>
  );
}
