import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/utils/languages";

/** The coordinators' sections. */
export function CoordinationNav({ language }: { language: Language }) {
  const { t } = useTranslation("membership");
  const { t: tTwinning } = useTranslation("twinning");
  const { t: tAgreements } = useTranslation("agreements");
  return (
    <nav className="sub-nav" aria-label={t("coordination.label")}>
      <ul>
        <li>
          <NavLink to={`/${language}/coordination/applications`}>{t("coordination.applications")}</NavLink>
        </li>
        <li>
          <NavLink to={`/${language}/coordination/charter`}>{t("coordination.charter")}</NavLink>
        </li>
        <li>
          <NavLink to={`/${language}/coordination/experts`}>{t("coordination.experts")}</NavLink>
        </li>
        <li>
          <NavLink to={`/${language}/coordination/library`}>{t("coordination.library")}</NavLink>
        </li>
        <li>
          <NavLink to={`/${language}/coordination/twinning`}>{tTwinning("nav.coordination")}</NavLink>
        </li>
        <li>
          <NavLink to={`/${language}/coordination/events`}>{t("coordination.events")}</NavLink>
        </li>
        <li>
          <NavLink to={`/${language}/coordination/agreements`}>{tAgreements("coordination.nav")}</NavLink>
        </li>
        <li>
          <NavLink to={`/${language}/coordination/themes`}>{t("coordination.themes")}</NavLink>
        </li>
        <li>
          <NavLink to={`/${language}/coordination/glossary`}>{t("coordination.glossary")}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
