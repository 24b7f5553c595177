// What an event's places say to a reader: places left, full with the waiting list open,
// not open yet, or closed. Derived from the ledger on every page, never stored.
import { useTranslation } from "react-i18next";
import { formatDate, formatNumber } from "~/utils/format";
import type { Language } from "~/utils/languages";

export function EventPlaces({
  language,
  event,
}: {
  language: Language;
  event: { places: { free: number; waiting: number }; closedBecause: string | null; opensAt: string; timeZone: string };
}) {
  const { t } = useTranslation("registration");
  if (event.closedBecause === "notOpenYet") {
    const opens = `${formatDate(event.opensAt, language, { dateStyle: "long", timeStyle: "short", timeZone: event.timeZone })} (${event.timeZone})`;
    return <p>{t("places.opensOn", { date: opens })}</p>;
  }
  if (event.closedBecause) return <p>{t("places.closed")}</p>;
  const { free, waiting } = event.places;
  return (
    <p>
      {free > 0 && waiting === 0
        ? t("places.left", { count: free, formatted: formatNumber(free, language) })
        : t("places.waitingList", { count: waiting, formatted: formatNumber(waiting, language) })}
    </p>
  );
}
