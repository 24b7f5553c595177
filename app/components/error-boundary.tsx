import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import type { ReactNode } from "react";
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

/**
 * The error page inside an area's layout: the area's navigation stays above it when the
 * layout's own data loaded (the error came from a page of the area), so the reader keeps
 * their place; without it (the layout's guard refused), only the error page.
 */
export function AreaErrorBoundary({ navigation }: { navigation: ReactNode }) {
  return (
    <>
      {navigation}
      <GeneralErrorBoundary />
    </>
  );
}

/** The body of the 403 for a form another site sent (app/routes/$lang.$.tsx), which has its own message. */
export const crossSiteFormRefused = "crossSiteForm";

export function errorKind(error: unknown) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status === 404) return "notFound";
  if (status === 403 && isRouteErrorResponse(error) && error.data === crossSiteFormRefused) return "crossSiteForm";
  if (status === 403) return "forbidden";
  return status < 500 ? "badRequest" : "serverError";
}
