import { NavLink } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/utils/languages";
import { LanguageSwitcher } from "./language-switcher";

/** Skip link, header with navigation and language switcher, main landmark, footer. */
export function SiteShell({ language, children }: { language: Language; children: ReactNode }) {
  const { t } = useTranslation();
  const navigation = [
    { to: `/${language}`, label: t("nav.home"), end: true },
    { to: `/${language}/members`, label: t("nav.members"), end: false },
    { to: `/${language}/charter`, label: t("nav.charter"), end: false },
    { to: `/${language}/about`, label: t("nav.about"), end: false },
  ];
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t("shell.skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="site-brand" href={`/${language}`}>
            <span className="site-brand__name">{t("site.name")}</span>
            <span className="site-brand__tagline">{t("site.shortTagline")}</span>
          </a>
          <LanguageSwitcher current={language} />
        </div>
        <nav className="site-nav" aria-label={t("shell.mainNavigation")}>
          <ul>
            {navigation.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} prefetch="intent">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main-content" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("shell.footer")}</p>
      </footer>
    </>
  );
}
