// The links between the pages that read one agreement: the agreement itself, its history,
// its comments and its PDF. Hidden when printing (app.css).
import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function AgreementRecordNav({ base }: { base: string }) {
  const { t } = useTranslation("agreement-record");
  const links = [
    { to: base, label: t("nav.agreement"), end: true },
    { to: `${base}/history`, label: t("nav.history"), end: true },
    { to: `${base}/comments`, label: t("nav.comments"), end: true },
  ];
  return (
    <nav className="agreement-record-nav" aria-label={t("nav.label")}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
        <li>
          <a href={`${base}/agreement.pdf`} download>
            {t("nav.pdf")}
          </a>
        </li>
      </ul>
    </nav>
  );
}
