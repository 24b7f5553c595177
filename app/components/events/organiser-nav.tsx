import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/utils/languages";

const sections = ["registrations", "overview", "follow-up", "check-in", "feedback"] as const;

/** The organisers' pages of one event, and its badges to print. */
export function OrganiserNav({ language, eventId }: { language: Language; eventId: string }) {
  const { t } = useTranslation("event-admin");
  const base = `/${language}/coordination/events/${eventId}`;
  return (
    <nav className="sub-nav" aria-label={t("running.nav.label")}>
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <NavLink to={`${base}/${section}`}>{t(`running.nav.${section}`)}</NavLink>
          </li>
        ))}
        <li>
          {/* A file, not a page: a plain link, which the browser downloads. */}
          <a href={`${base}/badges.pdf`} download>
            {t("running.nav.badges")}
          </a>
        </li>
      </ul>
    </nav>
  );
}
