// Asking for machine translations: the languages to translate into (checkboxes) and a
// button, with what is still pending or failed listed above it. Shown only where the portal
// has a translation service (the loader passes `offer: null` otherwise, and this renders
// nothing). The editing page of a library entry and the organisation profile include it;
// the page's loader builds the offer with machineTranslationOffer / descriptionTranslationOffer.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { languageName } from "~/utils/format";
import type { Language } from "~/utils/languages";

export type MachineTranslationStatus = { targetLanguage: string; status: "pending" | "done" | "failed"; failure: string | null };

export type MachineTranslationOffer = {
  /** The languages that may be asked for (every portal language but the original). */
  targets: string[];
  /** Requests still pending, or failed, by language. */
  unfinished: MachineTranslationStatus[];
};

/** Where an entry's form posts (the route that asks for the translations and shows their status). */
export function machineTranslationPath(language: Language, organisationSlug: string, entryId: string) {
  return `/${language}/organisations/${organisationSlug}/library/${entryId}/machine-translation`;
}

export function MachineTranslationRequest({
  id = "machine-translation",
  offer,
  reader,
  action,
  intent,
  error,
  ticked = [],
  headingLevel = 2,
}: {
  id?: string;
  offer: MachineTranslationOffer | null;
  reader: Language;
  /** Where the form posts; unset, the page's own action. */
  action?: string;
  /** Sent as `intent`, for a page whose action handles several forms. */
  intent?: string;
  /** A refusal from the action: a key of the `translations` namespace's `errors`. */
  error?: string;
  /** The languages ticked when the form was refused, so it keeps what was chosen. */
  ticked?: readonly string[];
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation("translations");
  if (!offer) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const name = (code: string) => languageName(code, reader);
  const errorId = `${id}-error`;
  return (
    <section aria-labelledby={`${id}-heading`} className="machine-translation">
      <Heading id={`${id}-heading`}>{t("request.heading")}</Heading>
      <MachineTranslationStatusList unfinished={offer.unfinished} reader={reader} />
      {offer.targets.length === 0 ? (
        <p>{t("request.nothingToTranslate")}</p>
      ) : (
        <Form method="post" action={action} aria-describedby={error ? errorId : undefined}>
          {intent ? <input type="hidden" name="intent" value={intent} /> : null}
          {error ? (
            // eslint-disable-next-line jsx-a11y/no-autofocus -- where a refused submission must land, without JavaScript too
            <div id={errorId} className="form-errors error-summary" role="alert" tabIndex={-1} autoFocus aria-labelledby={`${errorId}-heading`}>
              <h2 id={`${errorId}-heading`}>{t("errors.heading")}</h2>
              <ul>
                <li>
                  <a href={`#${id}-targets`}>{t(`errors.${error}`, { defaultValue: t("errors.invalid") })}</a>
                </li>
              </ul>
            </div>
          ) : null}
          <p id={`${id}-hint`}>{t("request.intro")}</p>
          <fieldset className="field checkbox-list" aria-describedby={`${id}-hint`}>
            <legend>{t("request.legend")}</legend>
            <div className="checkbox-list__options">
              {offer.targets.map((code, index) => (
                <label key={code} className="checkbox">
                  <input
                    type="checkbox"
                    name="targets"
                    value={code}
                    id={index === 0 ? `${id}-targets` : `${id}-targets-${code}`}
                    defaultChecked={ticked.includes(code)}
                  />{" "}
                  {name(code)}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit">{t("request.submit")}</button>
        </Form>
      )}
    </section>
  );
}

/** What is waiting or failed, one line per language; nothing when all is done. */
export function MachineTranslationStatusList({ unfinished, reader }: { unfinished: MachineTranslationStatus[]; reader: Language }) {
  const { t } = useTranslation("translations");
  if (unfinished.length === 0) return null;
  return (
    <ul className="machine-translation__status">
      {unfinished.map((request) => {
        const language = languageName(request.targetLanguage, reader);
        return (
          <li key={request.targetLanguage}>
            {request.status === "failed"
              ? t("status.failed", { language, reason: t(`failures.${request.failure ?? "unavailable"}`, { defaultValue: t("failures.unavailable") }) })
              : t("status.pending", { language })}
          </li>
        );
      })}
    </ul>
  );
}
