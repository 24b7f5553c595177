// An organisation's agreed and active twinnings on its public page: each partner (linked
// to its own page) and the agreement's title, never its text.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/utils/languages";

export type PublicTwinning = { id: string; title: string; titleLanguage: string; status: string; partner: { name: string; slug: string | null } };

export function OrganisationTwinnings({ twinnings, language }: { twinnings: PublicTwinning[]; language: Language }) {
  const { t } = useTranslation("agreement-record");
  return (
    <section aria-labelledby="organisation-twinnings">
      <h2 id="organisation-twinnings">{t("public.organisationHeading")}</h2>
      {twinnings.length === 0 ? (
        <p>{t("public.organisationNone")}</p>
      ) : (
        <ul className="entry-list">
          {twinnings.map((twinning) => (
            <li key={twinning.id}>
              {twinning.partner.slug ? <Link to={`/${language}/members/${twinning.partner.slug}`}>{twinning.partner.name}</Link> : twinning.partner.name}
              {twinning.title ? (
                <div className="muted" lang={twinning.titleLanguage === language ? undefined : twinning.titleLanguage}>
                  {twinning.title}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/${language}/twinning`}>{t("public.allLink")}</Link>
      </p>
    </section>
  );
}
