// For an organisation's admin: the way to register several of its delegates at once, on
// the event's page and its register page (one link per organisation they may do it for).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function GroupLinks({ language, eventId, organisations }: { language: string; eventId: string; organisations: { id: string; name: string; slug: string }[] }) {
  const { t } = useTranslation("registration");
  if (organisations.length === 0) return null;
  return (
    <aside aria-labelledby="group-links-heading" className="group-links">
      <h2 id="group-links-heading">{t("group.linksHeading")}</h2>
      <ul>
        {organisations.map((organisation) => (
          <li key={organisation.id}>
            <Link to={`/${language}/organisations/${organisation.slug}/events/${eventId}/group`}>{t("group.linkFor", { organisation: organisation.name })}</Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}
