// An organisation's logo on its profile page: shown, replaced by an upload, removed.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useErrorMessage } from "~/components/forms";
import { logoSize, maxLogoBytes } from "~/modules/profile/profile.schemas";

/** The current logo (or none), its upload form (multipart, works without JavaScript) and its removal. */
export function LogoForms({ organisation, error }: { organisation: { name: string; logoFile: string | null }; error: string | undefined }) {
  const { t } = useTranslation("profile");
  const message = useErrorMessage();
  return (
    <>
      {organisation.logoFile ? (
        <img className="organisation-logo" src={`/logos/${organisation.logoFile}`} alt={t("logo.current", { name: organisation.name })} />
      ) : (
        <p>{t("logo.none")}</p>
      )}
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name="intent" value="upload-logo" />
        <div id="logo-errors" role="alert" className={error ? "form-errors" : undefined}>
          {error ? <p>{message(error)}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="logo-file">{organisation.logoFile ? t("logo.replace") : t("logo.file")}</label>
          <p id="logo-hint" className="field-hint">
            {t("logo.hint", { megabytes: maxLogoBytes / 1024 / 1024, pixels: logoSize })}
          </p>
          <input
            id="logo-file"
            type="file"
            name="logo"
            accept="image/png,image/jpeg,image/webp"
            required
            aria-describedby="logo-hint logo-errors"
            aria-invalid={error ? true : undefined}
          />
        </div>
        <button type="submit">{t("logo.upload")}</button>
      </Form>
      {organisation.logoFile ? (
        <Form method="post">
          <input type="hidden" name="intent" value="remove-logo" />
          <button type="submit" className="button--secondary">
            {t("logo.remove")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
