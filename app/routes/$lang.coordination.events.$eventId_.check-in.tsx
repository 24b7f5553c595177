// Check-in at the event's door, made for a phone held in one hand: how many have arrived of
// those expected, a search by name (a GET form; with JavaScript, results as you type), and
// one button per person to check them in. Those who cannot be (waiting, cancelled…) are
// shown with why. With JavaScript, taps go through the door's script (queued while the
// network is down, app/components/events/door-check-in.tsx) and a badge's QR code can be
// read with the camera where the browser allows it; without, each tap is a POST here.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DoorAnswers, ScanBadge, useDoorTaps, useTapMessage } from "~/components/events/door-check-in";
import { OrganiserNav } from "~/components/events/organiser-nav";
import { ActionError, Notice } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import { checkInFormSchema, type TapAnswer } from "~/modules/events/check-in.schemas";
import { arrivalTime, checkIn, doorCounts, eventAtDoor, findRegistrants, registrantAtDoor, type Registrant } from "~/modules/events/check-in.server";
import checkInStyles from "~/styles/check-in.css?url";
import { db } from "~/utils/database/connection.server";
import { formatNumber } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import type { Language } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { isRecordId, notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["check-in", "event-admin", "forms", "registration"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkInStyles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("check-in:title")} · ${data?.event.title ?? ""}` }));

/** After a check-in without JavaScript: what happened to whom (the registration named in the address, read again here). */
const notices = ["checkedIn", "alreadyCheckedIn", "notConfirmed"] as const;

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "events:manage");
  const eventId = requireRecordId(params.eventId);
  const event = await eventAtDoor(db(), eventId, language);
  if (!event) notFound();
  return { language, user, event };
}

/** A registrant as the page shows them: their arrival as the venue's clock read it. */
const shown = (registrant: Registrant, language: Language, timeZone: string) => ({
  id: registrant.id,
  name: registrant.name,
  organisation: registrant.organisation,
  status: registrant.status,
  arrivedAt: arrivalTime(registrant, language, timeZone),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { language, event } = await load(request, params);
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").slice(0, 100);
  const notice = notices.find((name) => name === url.searchParams.get("notice")) ?? null;
  const about = url.searchParams.get("registration") ?? "";
  const [counts, found, noticed] = await Promise.all([
    doorCounts(db(), event.id),
    findRegistrants(db(), event.id, q),
    notice && isRecordId(about) ? registrantAtDoor(db(), event.id, about) : null,
  ]);
  return {
    language,
    event: { id: event.id, title: event.title, organisations: event.organisations },
    q,
    counts,
    results: found.registrants.map((registrant) => shown(registrant, language, event.timeZone)),
    more: found.more,
    notice: noticed && notice ? noticeAnswer(notice, shown(noticed, language, event.timeZone)) : null,
  };
}

/** The notice in the address, told from the registration as it stands now (a stale address cannot say "checked in" of someone who is not). */
function noticeAnswer(notice: (typeof notices)[number], registrant: ReturnType<typeof shown>): TapAnswer {
  const { name, organisation, status, arrivedAt } = registrant;
  if (status !== "attended") return { outcome: "notConfirmed", name, organisation, status };
  return { outcome: notice === "checkedIn" ? "checkedIn" : "alreadyCheckedIn", name, organisation, time: arrivedAt };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { language, user, event } = await load(request, params);
  const formData = await readForm(request);
  return handleIntent(formData, {
    checkIn: async () => {
      const submission = parseWithZod(formData, { schema: checkInFormSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const { registrationId, q } = submission.value;
      const result = await checkIn(db(), { eventId: event.id, tap: { registrationId }, actorId: user.id, ip: requestOrigin(context).clientAddress });
      if (!result.ok && result.error === "notFound") return refuseWith(pageForm, "event_notFound", 404);
      const notice = result.ok ? result.outcome : "notConfirmed";
      const search = new URLSearchParams({ ...(q ? { q } : {}), notice, registration: registrationId });
      return redirect(`/${language}/coordination/events/${event.id}/check-in?${search}`);
    },
  });
}

export default function CheckIn() {
  const { language, event, q, counts, results, more, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("check-in");
  const message = useTapMessage();
  const base = `/${language}/coordination/events/${event.id}`;
  const door = useDoorTaps(event.id, `${base}/check-in/taps`);
  const search = useSearchAsYouType();
  return (
    <article className="door">
      <h1 className="door__title">
        {t("title")} <span className="door__event">{event.title}</span>
      </h1>
      <dl className="door__counts">
        <div>
          <dt>{t("counts.arrived")}</dt>
          <dd>{formatNumber(counts.arrived, language)}</dd>
        </div>
        <div>
          <dt>{t("counts.expected")}</dt>
          <dd>{formatNumber(counts.expected, language)}</dd>
        </div>
      </dl>
      {notice ? <Notice>{message(notice)}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <DoorAnswers answers={door.answers} waiting={door.waiting} signedOut={door.signedOut} />
      <ScanBadge onCode={door.scanned} />
      <Form method="get" role="search" className="door__search" onChange={search.typed}>
        <label htmlFor="q">{t("search.label")}</label>
        <div className="door__search-row">
          <input id="q" name="q" type="search" defaultValue={q} autoComplete="off" autoCapitalize="words" spellCheck={false} enterKeyHint="search" maxLength={100} />
          <button type="submit">{t("search.submit")}</button>
        </div>
        {search.offline ? <p className="field-hint">{t("search.offline")}</p> : null}
      </Form>
      {q !== "" && results.length === 0 ? <p>{t("results.none")}</p> : null}
      {results.length > 0 ? (
        <ul className="door__results" aria-label={t("results.label")}>
          {results.map((registrant) => (
            <li key={registrant.id} className="door__result">
              <p className="door__name">{registrant.name}</p>
              <p className="door__details">
                {registrant.organisation ? `${registrant.organisation} · ` : null}
                {t(`registration:statuses.${registrant.status}`)}
              </p>
              {registrant.status === "confirmed" ? (
                <Form method="post" onSubmit={(submitted: FormEvent<HTMLFormElement>) => {
                  // With the script, the tap goes through its queue; without, this form posts.
                  submitted.preventDefault();
                  void door.tap({ registrationId: registrant.id });
                }}>
                  <input type="hidden" name="intent" value="checkIn" />
                  <input type="hidden" name="registrationId" value={registrant.id} />
                  <input type="hidden" name="q" value={q} />
                  <button type="submit" className="door__big-button">
                    {t("results.checkIn")}
                    <span className="visually-hidden"> {registrant.name}</span>
                  </button>
                </Form>
              ) : registrant.status === "attended" ? (
                <p className="door__arrived">{registrant.arrivedAt ? t("results.arrivedAt", { time: registrant.arrivedAt }) : t("results.arrived")}</p>
              ) : (
                <p className="door__reason">{t(`reasons.${registrant.status}`)}</p>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {more ? <p className="field-hint">{t("results.more", { shown: formatNumber(results.length, language) })}</p> : null}
      <details className="door__badges">
        <summary>{t("badges.heading")}</summary>
        <Form method="get" action={`${base}/badges.pdf`} reloadDocument>
          <label htmlFor="organisation">{t("badges.organisation")}</label>{" "}
          <select id="organisation" name="organisation" defaultValue="">
            <option value="">{t("badges.everyone")}</option>
            {event.organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>{" "}
          <button type="submit" className="button--secondary">
            {t("badges.download")}
          </button>
        </Form>
      </details>
      <OrganiserNav language={language} eventId={event.id} />
    </article>
  );
}

/** The search form sent a moment after typing stops (replacing the history entry), while the browser is online. */
function useSearchAsYouType() {
  const submit = useSubmit();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const [offline, setOffline] = useState(false);
  useEffect(() => () => clearTimeout(timer.current), []);
  const typed = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const isOffline = navigator.onLine === false;
      setOffline(isOffline);
      if (!isOffline) submit(form, { replace: true, preventScrollReset: true });
    }, 250);
  };
  return { typed, offline };
}
