// The public list of events: upcoming ones soonest first, or past ones, each with its
// dates at the venue (labelled with the zone), its place and its places, narrowed by a
// GET form (type, season of schools, country, language of delivery) that works without
// JavaScript. The options come from the events that exist; the filtering is the query's.
import { FilterSelect } from "~/components/forms";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventPlaces } from "~/components/events/event-places";
import { isFiltered, parseEventFilters, type EventFilters } from "~/modules/events/public-events.schemas";
import { listPublicEvents, publicEventOptions } from "~/modules/events/public-events.server";
import { eventDates } from "~/modules/events/shown-event-texts.server";
import { db } from "~/utils/database/connection.server";
import { capitalise, compareText, countryName, formatNumber, languageName } from "~/utils/format";
import { i18nServer } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["events", "forms", "registration"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("events:public.title"), description: t("events:public.intro") }));

type Option = { value: string; name: string };

const asOptions = (options: readonly Option[]) => options.map((option) => ({ value: option.value, label: option.name }));

/** The options, with the chosen value kept even when no event has it now (so the form still shows it). */
function withChosen(values: readonly string[], chosen: string | undefined) {
  return chosen && !values.includes(chosen) ? [...values, chosen] : [...values];
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { filters, ignored } = parseEventFilters(new URL(request.url).searchParams);
  const [{ events, total }, options, t] = await Promise.all([
    listPublicEvents(db(), language, filters),
    publicEventOptions(db(), filters.when),
    i18nServer.getFixedT(language, ["events"]),
  ]);
  // Names come from Intl and are sorted here, on the server, so the page hydrates with the text it was rendered with.
  const compare = compareText(language);
  const byName = (a: Option, b: Option) => compare(a.name, b.name);
  return {
    language,
    filters,
    ignored,
    total,
    options: {
      types: withChosen(options.types, filters.type).map((value) => ({ value, name: t(`types.${value}`) })),
      seasons: withChosen(options.seasons, filters.season).map((value) => ({ value, name: t(`seasons.${value}`) })),
      countries: withChosen(options.countries, filters.country)
        .map((value) => ({ value, name: countryName(value, language) }))
        .sort(byName),
      languages: withChosen(options.languages, filters.language)
        .map((value) => ({ value, name: capitalise(languageName(value, language), language) }))
        .sort(byName),
    },
    events: events.map((event) => ({
      id: event.id,
      type: event.type,
      season: event.season,
      cancelled: event.status === "cancelled",
      title: event.texts.fields.title?.text ?? "",
      titleLanguage: event.texts.fields.title?.language ?? language,
      dates: eventDates(event, language),
      place: `${event.city}, ${countryName(event.countryCode, language)}`,
      places: { free: event.places.free, waiting: event.places.waitingEntries },
      closedBecause: event.closedBecause,
      opensAt: event.registrationOpensAt.toISOString(),
      timeZone: event.timeZone,
    })),
  };
}

/** The list's address for `when`, keeping the other filters. */
function listPath(language: Language, filters: EventFilters, when: "upcoming" | "past") {
  const query = new URLSearchParams();
  if (when === "past") query.set("when", "past");
  for (const key of ["type", "season", "country", "language"] as const) if (filters[key]) query.set(key, filters[key]);
  const search = query.toString();
  return `/${language}/events${search ? `?${search}` : ""}`;
}

export default function Events() {
  const { language, filters, ignored, total, options, events } = useLoaderData<typeof loader>();
  const { t } = useTranslation("events");
  const { when } = filters;
  const filtered = isFiltered(filters);
  const clearPath = `/${language}/events${when === "past" ? "?when=past" : ""}`;
  return (
    <article>
      <h1>{t("public.title")}</h1>
      <p>{t("public.intro")}</p>
      <nav aria-label={t("public.whenLabel")} className="sub-nav">
        <ul>
          <li>
            <Link to={listPath(language, filters, "upcoming")} aria-current={when === "upcoming" ? "page" : undefined}>
              {t("public.upcoming")}
            </Link>
          </li>
          <li>
            <Link to={listPath(language, filters, "past")} aria-current={when === "past" ? "page" : undefined}>
              {t("public.past")}
            </Link>
          </li>
        </ul>
      </nav>

      {ignored.length > 0 ? (
        <p className="notice" role="status">
          {t("filters.ignored")}
        </p>
      ) : null}

      <Form method="get" className="filters" aria-labelledby="event-filters-title">
        <h2 id="event-filters-title" className="visually-hidden">
          {t("filters.title")}
        </h2>
        {when === "past" ? <input type="hidden" name="when" value="past" /> : null}
        <FilterSelect id="event-filter-type" name="type" label={t("filters.type")} allLabel={t("filters.allTypes")} selected={filters.type} options={asOptions(options.types)} />
        <FilterSelect id="event-filter-season" name="season" label={t("filters.season")} allLabel={t("filters.allSeasons")} selected={filters.season} options={asOptions(options.seasons)} />
        <FilterSelect id="event-filter-country" name="country" label={t("filters.country")} allLabel={t("filters.allCountries")} selected={filters.country} options={asOptions(options.countries)} />
        <FilterSelect id="event-filter-language" name="language" label={t("filters.language")} allLabel={t("filters.allLanguages")} selected={filters.language} options={asOptions(options.languages)} />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t("filters.apply")}
          </button>
          {filtered ? <Link to={clearPath}>{t("filters.clear")}</Link> : null}
        </div>
      </Form>

      <h2 className="results-count" aria-live="polite">
        {when === "upcoming"
          ? t("filters.countUpcoming", { count: total, formatted: formatNumber(total, language) })
          : t("filters.countPast", { count: total, formatted: formatNumber(total, language) })}
      </h2>

      {events.length === 0 ? (
        filtered ? (
          <p>
            {t("filters.noMatch")} <Link to={clearPath}>{t("filters.clear")}</Link>
          </p>
        ) : (
          <p>{when === "upcoming" ? t("public.noneUpcoming") : t("public.nonePast")}</p>
        )
      ) : (
        <ul className="event-list">
          {events.map((event) => (
            <li key={event.id}>
              <h3>
                <Link to={`/${language}/events/${event.id}`} lang={event.titleLanguage !== language ? event.titleLanguage : undefined}>
                  {event.title}
                </Link>
              </h3>
              <p>
                {t(`types.${event.type}`)}
                {event.season ? ` · ${t(`seasons.${event.season}`)}` : null} · {event.place}
              </p>
              <p>{event.dates}</p>
              {event.cancelled ? <p><strong>{t("public.cancelled")}</strong></p> : when === "upcoming" ? <EventPlaces language={language} event={event} /> : null}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
