// What an attendee finds on their registration once the event is over: their certificate
// of attendance to download, and the feedback form (or a word that they have answered).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FeedbackState } from "~/modules/events/feedback.server";

export function AfterEventLinks({ certificate, feedback }: { certificate: string; feedback?: { state: FeedbackState; to: string } }) {
  const { t } = useTranslation("attendance");
  return (
    <section aria-labelledby="after-event-heading">
      <h2 id="after-event-heading">{t("after.heading")}</h2>
      <ul>
        <li>
          {/* A file, not a page: a plain link, which the browser downloads. */}
          <a href={certificate} download>
            {t("after.certificate")}
          </a>
          <br />
          <span className="field-hint">{t("after.certificateHint")}</span>
        </li>
        {feedback?.state === "open" ? (
          <li>
            <Link to={feedback.to}>{t("after.feedback")}</Link>
          </li>
        ) : null}
        {feedback?.state === "answered" ? <li>{t("after.answered")}</li> : null}
      </ul>
    </section>
  );
}
