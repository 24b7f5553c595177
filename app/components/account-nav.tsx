import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/utils/languages";

/** The sections of a person's own account. */
export function AccountNav({ language }: { language: Language }) {
  const { t } = useTranslation("account");
  const sections = [
    { to: `/${language}/account`, label: t("nav.profile"), end: true },
    { to: `/${language}/account/registrations`, label: t("nav.registrations"), end: false },
    { to: `/${language}/account/exchanges`, label: t("nav.exchanges"), end: false },
    { to: `/${language}/account/security`, label: t("nav.security"), end: false },
    { to: `/${language}/account/data`, label: t("nav.data"), end: false },
  ];
  return (
    <nav className="sub-nav" aria-label={t("nav.label")}>
      <ul>
        {sections.map((section) => (
          <li key={section.to}>
            <NavLink to={section.to} end={section.end}>
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
