import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/utils/languages";

export type NavOrganisation = { name: string; slug: string; status: string };

/** The sections of one organisation's pages; its public page only once it is a member. */
export function OrganisationNav({
  language,
  organisation,
  canEditProfile,
  canPrepareEvents = false,
  canUseTwinning = false,
}: {
  language: Language;
  organisation: NavOrganisation;
  canEditProfile: boolean;
  /** Its admins prepare the events it hosts. */
  canPrepareEvents?: boolean;
  /** Its admins and editors keep its twinning profile and see its suggested partners. */
  canUseTwinning?: boolean;
}) {
  const { t } = useTranslation("membership");
  const { t: tTwinning } = useTranslation("twinning");
  const { t: tAgreements } = useTranslation("agreements");
  const base = `/${language}/organisations/${organisation.slug}`;
  return (
    <nav aria-label={t("dashboard.sections")} className="sub-nav">
      <ul>
        {organisation.status === "active" ? (
          <li>
            <NavLink to={`/${language}/members/${organisation.slug}`}>{t("dashboard.publicPage")}</NavLink>
          </li>
        ) : null}
        <li>
          <NavLink to={`${base}/charter`}>{t("dashboard.charter")}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/people`}>{t("dashboard.people")}</NavLink>
        </li>
        {canEditProfile ? (
          <li>
            <NavLink to={`${base}/profile`}>{t("dashboard.profile")}</NavLink>
          </li>
        ) : null}
        <li>
          <NavLink to={`${base}/experts`}>{t("dashboard.experts")}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/library`}>{t("dashboard.library")}</NavLink>
        </li>
        {canUseTwinning ? (
          <li>
            <NavLink to={`${base}/twinning`}>{tTwinning("nav.organisation")}</NavLink>
          </li>
        ) : null}
        <li>
          <NavLink to={`${base}/twinning/agreements`}>{tAgreements("list.title")}</NavLink>
        </li>
        {canPrepareEvents ? (
          <li>
            <NavLink to={`${base}/events`}>{t("dashboard.events")}</NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
