import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "~/utils/format";
import type { Language } from "~/utils/languages";

/** Previous / next links that keep the other query parameters (filters). */
export function Pagination({
  page,
  pageCount,
  searchParams,
  language,
}: {
  page: number;
  pageCount: number;
  searchParams: URLSearchParams;
  language: Language;
}) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  const linkTo = (target: number) => {
    const params = new URLSearchParams(searchParams);
    if (target === 1) params.delete("page");
    else params.set("page", String(target));
    const query = params.toString();
    return { search: query ? `?${query}` : "" };
  };
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <Link to={linkTo(page - 1)} rel="prev">
          {t("pagination.previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pagination.status", { page: formatNumber(page, language), pageCount: formatNumber(pageCount, language) })}</span>
      {page < pageCount ? (
        <Link to={linkTo(page + 1)} rel="next">
          {t("pagination.next")}
        </Link>
      ) : null}
    </nav>
  );
}
