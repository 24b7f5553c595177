// Public: whether a certificate of attendance is genuine. The address printed on each
// certificate leads here; a known code shows who attended what, when and for how many
// hours, as the network holds it today; an unknown one (mistyped, never issued, withdrawn,
// erased) says plainly that no certificate has it, with a 404.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { verifiedCertificate } from "~/modules/events/certificates.server";
import { db } from "~/utils/database/connection.server";
import { formatNumber } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["attendance"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data: page }) =>
  translatedMeta(matches, (t) => ({ title: page?.certificate ? t("attendance:verify.title") : t("attendance:verify.unknownTitle") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const certificate = await verifiedCertificate(db(), params.code ?? "", language);
  return data({ language, certificate }, { status: certificate ? 200 : 404 });
}

export default function VerifyCertificate() {
  const { language, certificate } = useLoaderData<typeof loader>();
  const { t } = useTranslation("attendance");
  if (!certificate) {
    return (
      <article>
        <h1>{t("verify.unknownTitle")}</h1>
        <p>{t("verify.unknown")}</p>
      </article>
    );
  }
  const titleLang = certificate.event.titleLanguage !== language ? certificate.event.titleLanguage : undefined;
  return (
    <article>
      <h1>{t("verify.title")}</h1>
      <p className="notice">{t("verify.genuine")}</p>
      <dl className="facts">
        <dt>{t("verify.name")}</dt>
        <dd>{certificate.name}</dd>
        <dt>{t("verify.event")}</dt>
        <dd>
          <Link to={`/${language}/events/${certificate.event.id}`}>
            <span lang={titleLang}>{certificate.event.title}</span>
          </Link>
        </dd>
        <dt>{t("verify.dates")}</dt>
        <dd>{certificate.dates}</dd>
        {certificate.hours !== null ? (
          <>
            <dt>{t("verify.hours")}</dt>
            <dd>{t("verify.hoursValue", { count: certificate.hours, formatted: formatNumber(certificate.hours, language) })}</dd>
          </>
        ) : null}
        <dt>{t("verify.host")}</dt>
        <dd>{certificate.host ?? t("verify.network")}</dd>
      </dl>
    </article>
  );
}
