import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { languageEndonyms, languages, pathInLanguage, type Language } from "~/utils/languages";

/**
 * Links to the same page, filters included, in every language. Plain links, so they work
 * without JavaScript and can be shared; each language named in itself. `compact` (the
 * phone header) puts them behind a button showing the current language's code.
 */
export function LanguageSwitcher({ current, compact = false }: { current: Language; compact?: boolean }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const links = (
    <ul>
      {languages.map((language) => (
        <li key={language}>
          <Link
            to={pathInLanguage(pathname, language) + search}
            hrefLang={language}
            lang={language}
            aria-current={language === current ? "true" : undefined}
          >
            {languageEndonyms[language]}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <nav className="language-switcher" aria-label={t("shell.languageSwitcher")}>
      {compact ? (
        <details className="header-menu header-menu--language" name="header-menu">
          <summary>
            {current.toUpperCase()}
            <span className="visually-hidden">
              {" "}
              {t("shell.languageSwitcher")}: {languageEndonyms[current]}
            </span>
          </summary>
          <div className="header-menu__panel">{links}</div>
        </details>
      ) : (
        links
      )}
    </nav>
  );
}
