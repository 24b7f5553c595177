import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useReaderLanguage } from "./use-reader-language";

/** The translated page for any error. It never shows a stack trace or an error message. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const language = useReaderLanguage();
  const kind = errorKind(error);
  return (
    <article className="error-page">
      <h1>{t(`errors.${kind}.title`)}</h1>
      <p>{t(`errors.${kind}.body`)}</p>
      <p>
        <Link to={`/${language}`}>{t("errors.backHome")}</Link>
      </p>
    </article>
  );
}

export function errorKind(error: unknown) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status === 404) return "notFound";
  if (status === 403) return "forbidden";
  return status < 500 ? "badRequest" : "serverError";
}
