import { Form, NavLink, useLocation } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/utils/languages";
import { LanguageSwitcher } from "./language-switcher";
import { NavigationAnnouncer } from "./navigation-announcer";
import { SiteSearch } from "./site-search";

/** Skip link, header with navigation and language switcher, main landmark, footer. */
export type ShellUser = { name: string; isNetworkAdmin: boolean; isCoordinator: boolean } | null;

export function SiteShell({ language, user, children }: { language: Language; user: ShellUser; children: ReactNode }) {
  const { t } = useTranslation();
  const menus = useHeaderMenus();
  // On a wide screen the tools and the navigation bar show; on a phone (app.css, under
  // 48rem) they give way to the compact bar: a menu button holding both, and the
  // language code as a button. CSS shows one or the other, so only one is ever read.
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
            <SiteSearch language={language} id="site-search-wide" />
            <AccountLinks language={language} user={user} />
            <LanguageSwitcher current={language} />
          </div>
          <div className="site-header__compact" ref={menus}>
            <details className="header-menu" name="header-menu">
              <summary>{t("shell.menu")}</summary>
              <div className="header-menu__panel">
                <MainNavigation language={language} />
                <SiteSearch language={language} id="site-search-compact" />
                <AccountLinks language={language} user={user} />
              </div>
            </details>
            <LanguageSwitcher current={language} compact />
          </div>
        </div>
        <MainNavigation language={language} className="site-nav" />
      </header>
      <NavigationAnnouncer />
      <main id="main-content" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("shell.footer")}</p>
        <p>
          <NavLink to={`/${language}/glossary`}>{t("shell.glossaryLink")}</NavLink>
        </p>
        <p>
          <NavLink to={`/${language}/twinning`}>{t("shell.twinningLink")}</NavLink>
        </p>
      </footer>
    </>
  );
}

function MainNavigation({ language, className }: { language: Language; className?: string }) {
  const { t } = useTranslation();
  const navigation = [
    { to: `/${language}`, label: t("nav.home"), end: true },
    { to: `/${language}/members`, label: t("nav.members"), end: false },
    { to: `/${language}/search`, label: t("nav.library"), end: false },
    { to: `/${language}/events`, label: t("nav.events"), end: false },
    { to: `/${language}/charter`, label: t("nav.charter"), end: false },
    { to: `/${language}/about`, label: t("nav.about"), end: false },
    { to: `/${language}/apply`, label: t("nav.join"), end: false },
  ];
  return (
    <nav className={className} aria-label={t("shell.mainNavigation")}>
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
  );
}

/**
 * The header's menus close once the page has changed, as they would on a full page load,
 * and Escape closes an open one and puts focus back on its button, as for other disclosures.
 */
function useHeaderMenus() {
  const { pathname, search } = useLocation();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    container.current?.querySelectorAll("details[open]").forEach((menu) => menu.removeAttribute("open"));
  }, [pathname, search]);
  useEffect(() => {
    const element = container.current;
    const closeOnEscape = (event: KeyboardEvent) => {
      const menu = event.key === "Escape" && event.target instanceof Element ? event.target.closest("details[open]") : null;
      if (!menu) return;
      menu.removeAttribute("open");
      menu.querySelector("summary")?.focus();
    };
    element?.addEventListener("keydown", closeOnEscape);
    return () => element?.removeEventListener("keydown", closeOnEscape);
  }, []);
  return container;
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
