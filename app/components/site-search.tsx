import { useTranslation } from "react-i18next";
import type { Language } from "~/utils/languages";

/**
 * The header's search box: a plain GET form to the library's search, so it works without
 * JavaScript. The header draws it twice (wide screens and the phone menu; CSS shows one),
 * so each copy has its own id.
 */
export function SiteSearch({ language, id }: { language: Language; id: string }) {
  const { t } = useTranslation("search");
  return (
    <form method="get" action={`/${language}/search`} className="site-search" role="search" aria-label={t("box.label")}>
      <label htmlFor={id} className="visually-hidden">
        {t("box.label")}
      </label>
      <input id={id} type="search" name="q" maxLength={200} />
      <button type="submit" className="site-search__button">
        {t("box.submit")}
      </button>
    </form>
  );
}
