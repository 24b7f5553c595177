import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { languageEndonyms, languages, pathInLanguage, type Language } from "~/utils/languages";

/**
 * Links to the same page, filters included, in every language. Plain links, so they work
 * without JavaScript and can be shared; each language named in itself.
 */
export function LanguageSwitcher({ current }: { current: Language }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  return (
    <nav className="language-switcher" aria-label={t("shell.languageSwitcher")}>
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
    </nav>
  );
}
