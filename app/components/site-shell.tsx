import { Form, NavLink } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/utils/languages";
import { LanguageSwitcher } from "./language-switcher";
import { NavigationAnnouncer } from "./navigation-announcer";

/** Skip link, header with navigation and language switcher, main landmark, footer. */
export type ShellUser = { name: string; isNetworkAdmin: boolean; isCoordinator: boolean } | null;

export function SiteShell({ language, user, children }: { language: Language; user: ShellUser; children: ReactNode }) {
  const { t } = useTranslation();
  const navigation = [
    { to: `/${language}`, label: t("nav.home"), end: true },
    { to: `/${language}/members`, label: t("nav.members"), end: false },
    { to: `/${language}/charter`, label: t("nav.charter"), end: false },
    { to: `/${language}/about`, label: t("nav.about"), end: false },
    { to: `/${language}/apply`, label: t("nav.join"), end: false },
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
          <div className="site-header__tools">
            <AccountLinks language={language} user={user} />
            <LanguageSwitcher current={language} />
          </div>
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
      <NavigationAnnouncer />
      <main id="main-content" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("shell.footer")}</p>
      </footer>
    </>
  );
}

/** Sign in and create an account, or the account, administration and sign out. */
function AccountLinks({ language, user }: { language: Language; user: ShellUser }) {
  const { t } = useTranslation();
  if (!user) {
    return (
      <ul className="account-links">
        <li>
          <NavLink to={`/${language}/sign-in`}>{t("account.signIn")}</NavLink>
        </li>
        <li>
          <NavLink to={`/${language}/sign-up`}>{t("account.signUp")}</NavLink>
        </li>
      </ul>
    );
  }
  return (
    <ul className="account-links">
      <li>
        <NavLink to={`/${language}/account`}>{t("account.myAccount")}</NavLink>
      </li>
      {user.isCoordinator ? (
        <li>
          <NavLink to={`/${language}/coordination/applications`}>{t("account.coordination")}</NavLink>
        </li>
      ) : null}
      {user.isNetworkAdmin ? (
        <li>
          <NavLink to={`/${language}/admin/people`}>{t("account.administration")}</NavLink>
        </li>
      ) : null}
      <li>
        <Form method="post" action={`/${language}/sign-out`}>
          <button type="submit" className="link-button">
            {t("account.signOut")}
          </button>
        </Form>
      </li>
    </ul>
  );
}
