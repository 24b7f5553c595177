import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/utils/languages";

/** The network administration sections. */
export function AdminNav({ language }: { language: Language }) {
  const { t } = useTranslation("admin");
  return (
    <nav className="sub-nav" aria-label={t("nav.label")}>
      <ul>
        <li>
          <NavLink to={`/${language}/admin/people`}>{t("nav.people")}</NavLink>
        </li>
        <li>
          <NavLink to={`/${language}/admin/charter`}>{t("nav.charter")}</NavLink>
        </li>
        <li>
          <NavLink to={`/${language}/admin/audit`}>{t("nav.audit")}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
