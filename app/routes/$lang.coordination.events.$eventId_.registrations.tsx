// The organisers' page of one event: its registrations with their answers (organisers
// alone see them), filtered by status and organisation and downloadable as filtered (CSV,
// .xlsx), and the decisions the registration workflow allows an organiser from each one's
// status (select, waitlist, decline, attended, cancel), plus the event's capacity, its
// allotments (places kept for a member in good standing, or for all of them, until a
// release date at the venue) and whether its participant list is published. Every
// decision says what happened.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { AllotmentsSection } from "~/components/events/allotments-form";
import { OrganiserNav } from "~/components/events/organiser-nav";
import { ParticipantListSection, participantListForm } from "~/components/events/participant-list-form";
import { ActionError, FilterSelect, Notice } from "~/components/forms";
import { RowActionForm } from "~/components/row-action";
import type { RegistrationStatus } from "~/generated/prisma/enums";
import { movesFrom } from "~/mechanisms/workflows/transitions";
import { requirePermission } from "~/modules/auth/permissions.server";
import { allotmentCandidates, allotmentsOf } from "~/modules/events/allotment-reading.server";
import { allotmentRowsSchema, allotmentsFormSchema, allotmentField, membersPool } from "~/modules/events/allotment.schemas";
import { registrationsByOrganisation } from "~/modules/events/event-overview.server";
import { filtersQuery, noOrganisation, organisationIdOf, parseRegistrationFilters, participantListSchema } from "~/modules/events/participant-list.schemas";
import { participantListSettings, setParticipantList } from "~/modules/events/participant-list.server";
import { eventForRegistration, registrationsForOrganisers } from "~/modules/events/registration-reading.server";
import { capacitySchema, decisionSchema } from "~/modules/events/registration.schemas";
import { registrationTransitions } from "~/modules/events/registration-workflow";
import { changeCapacity, decideRegistration, setAllotments } from "~/modules/events/registrations.server";
import { eventDates } from "~/modules/events/shown-event-texts.server";
import { registrationStatuses } from "~/modules/events/vocabulary";
import { db } from "~/utils/database/connection.server";
import { formatDate, formatNumber } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import { instantToWallTime } from "~/utils/zoned-time";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["event-admin", "forms", "participants", "registration"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("registration:organisers.title")} · ${data?.event.title ?? ""}` }));

const notices = ["decided", "capacity", "allotments", "participantList"] as const;

/** The name the allotments form answers to (FormReply). */
const allotmentsForm = "allotments";

/** An allotment's key in the form: its organisation's id, or `pool`. */
const keyOf = (allotment: { organisationId: string | null }) => allotment.organisationId ?? membersPool;

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "events:manage");
  const eventId = requireRecordId(params.eventId);
  const event = await eventForRegistration(db(), eventId, language);
  if (!event) notFound();
  return { language, user, event };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { language, event } = await load(request, params);
  const url = new URL(request.url);
  const filters = parseRegistrationFilters(url.searchParams);
  const [registrations, allotments, candidates, organisations, list] = await Promise.all([
    registrationsForOrganisers(db(), event.id, { status: filters.status, organisationId: organisationIdOf(filters) }),
    allotmentsOf(db(), event.id),
    allotmentCandidates(db()),
    registrationsByOrganisation(db(), event.id, language),
    participantListSettings(db(), event.id),
  ]);
  const base = `/${language}/coordination/events/${event.id}/registrations`;
  const questions = new Map(event.questions.map((question) => [question.id, question]));
  return {
    language,
    filters,
    // Every organisation the event's registrations are made for, and "none" if some are made for none.
    organisationOptions: organisations.map((row) => ({ value: row.organisationId ?? noOrganisation, label: row.name ?? "" })),
    downloads: { csv: `${base}.csv${filtersQuery(filters)}`, xlsx: `${base}.xlsx${filtersQuery(filters)}` },
    participantList: {
      published: list!.published,
      days: list!.days,
      open: list!.open,
      until: `${formatDate(list!.until, language, { dateStyle: "long", timeStyle: "short", timeZone: event.timeZone })} (${event.timeZone})`,
    },
    notice: notices.find((name) => name === url.searchParams.get("notice")) ?? null,
    event: {
      id: event.id,
      title: event.texts.fields.title?.text ?? "",
      dates: eventDates(event, language),
      capacity: event.capacity,
      held: event.places.held,
      reserved: event.places.reserved,
      waiting: event.places.waitingPeople,
      timeZone: event.timeZone,
      free: event.places.free,
    },
    allotments: allotments.map((allotment) => ({
      key: keyOf(allotment),
      organisationName: allotment.organisationName,
      places: allotment.places,
      used: allotment.used,
      released: allotment.released,
      releasesAt: instantToWallTime(allotment.releasesAt, event.timeZone),
      releasesOn: `${formatDate(allotment.releasesAt, language, { dateStyle: "long", timeStyle: "short", timeZone: event.timeZone })} (${event.timeZone})`,
    })),
    candidates: candidates.map((organisation) => ({ id: organisation.id, name: organisation.name, inGoodStanding: organisation.inGoodStanding })),
    registrations: registrations.map((registration) => ({
      id: registration.id,
      name: registration.name,
      email: registration.email,
      organisation: registration.organisation?.name ?? "",
      status: registration.status,
      position: registration.position,
      motivation: registration.motivation,
      needs: [registration.dietaryNeeds, registration.accessibilityNeeds, registration.interpretationNeeds].filter(Boolean).join(" · "),
      answers: registration.answers.map((answer) => {
        const question = questions.get(answer.questionId);
        const value = question?.kind === "choice" ? (question.choices.find((choice) => choice.key === answer.value)?.label ?? answer.value) : answer.value;
        return { question: question?.label ?? "", value };
      }),
      moves: movesFrom(registrationTransitions, registration.status as RegistrationStatus, "organiser"),
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { language, user, event } = await load(request, params);
  const formData = await readForm(request);
  const ip = requestOrigin(context).clientAddress;
  const here = `/${language}/coordination/events/${event.id}/registrations`;
  return handleIntent(formData, {
    decide: async () => {
      const submission = parseWithZod(formData, { schema: decisionSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      // The registration must be this event's: the address names the event, the form only the row.
      const own = await registrationsForOrganisers(db(), event.id);
      if (!own.some((registration) => registration.id === submission.value.registrationId)) return refuseWith(pageForm, "event_notFound", 404);
      const result = await decideRegistration(db(), { ...submission.value, actorId: user.id, ip });
      return result.ok ? redirect(`${here}?notice=decided`) : refuseWith(pageForm, `event_${result.error}`);
    },
    capacity: async () => {
      const submission = parseWithZod(formData, { schema: capacitySchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const result = await changeCapacity(db(), { eventId: event.id, capacity: submission.value.capacity, actorId: user.id, ip });
      return result.ok ? redirect(`${here}?notice=capacity`) : refuseWith(pageForm, `event_${result.error}`);
    },
    participantList: async () => {
      const submission = parseWithZod(formData, { schema: participantListSchema });
      if (submission.status !== "success") return refuseForm(participantListForm, submission);
      const result = await setParticipantList(db(), { eventId: event.id, ...submission.value, actorId: user.id, ip });
      return result.ok ? redirect(`${here}?notice=participantList`) : refuseWith(participantListForm, `event_${result.error}`, 404);
    },
    allotments: async () => {
      const rows = allotmentRowsSchema.safeParse(formData.get("rows"));
      if (!rows.success) return refuseWith(allotmentsForm, "invalid");
      const existing = await allotmentsOf(db(), event.id);
      const released = new Set(existing.filter((allotment) => allotment.released).map(keyOf));
      const submission = parseWithZod(formData, { schema: allotmentsFormSchema(rows.data, { timeZone: event.timeZone, released }) });
      if (submission.status !== "success") return refuseForm(allotmentsForm, submission);
      const kept = submission.value.filter((row) => row.change !== "remove");
      const allotments = kept.map((row) => {
        const stored = existing.find((allotment) => keyOf(allotment) === keyOf(row));
        // A released allotment's row carries no date nor places: it keeps its own.
        return row.releasesAt === null && stored
          ? { organisationId: row.organisationId, places: stored.places, releasesAt: stored.releasesAt }
          : { organisationId: row.organisationId, places: row.places, releasesAt: row.releasesAt!, releaseNow: row.change === "release" };
      });
      const result = await setAllotments(db(), { eventId: event.id, allotments, actorId: user.id, ip });
      if (result.ok) return redirect(`${here}?notice=allotments`);
      // A refusal about one row is shown on that row's field; the others on the form.
      const rowOf = (organisationId: string | null) => kept.find((row) => row.organisationId === organisationId)?.row ?? 0;
      const isExisting = (organisationId: string | null) => existing.some((allotment) => allotment.organisationId === organisationId);
      switch (result.error) {
        case "releaseInPast":
          return refuseForm(allotmentsForm, submission, { field: allotmentField(rowOf(result.organisationId), "releasesAt"), fieldError: "event_releaseInPast" });
        case "notAMember":
        case "charterNotSigned":
          return refuseForm(allotmentsForm, submission, {
            field: allotmentField(rowOf(result.organisationId), isExisting(result.organisationId) ? "change" : "organisation"),
            fieldError: `event_${result.error}`,
          });
        case "tooManyReserved":
          return refuseForm(allotmentsForm, submission, { formError: `event_allotmentsTooLarge:${result.available}` });
        default:
          return refuseForm(allotmentsForm, submission, { formError: `event_${result.error}` });
      }
    },
  });
}

const moveLabel: Record<string, string> = { confirmed: "select", waitlisted: "waitlist", declined: "decline", attended: "attended", cancelled: "cancel" };

export default function OrganisersRegistrations() {
  const { language, filters, organisationOptions, downloads, participantList, notice, event, registrations, allotments, candidates } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("registration");
  const { t: tList } = useTranslation("participants");
  const filtered = Boolean(filters.status || filters.organisation);
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/coordination/events`}>{t("organisers.eventsTitle")}</Link>
      </p>
      <h1>{t("organisers.title")}</h1>
      <p className="lead">{event.title}</p>
      <OrganiserNav language={language} eventId={event.id} />
      {notice ? <Notice>{notice === "participantList" ? tList("publish.saved") : t(`organisers.notices.${notice}`)}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <p>
        {event.dates} ·{" "}
        {t("organisers.summary", {
          held: formatNumber(event.held, language),
          capacity: formatNumber(event.capacity, language),
          reserved: formatNumber(event.reserved, language),
          waiting: formatNumber(event.waiting, language),
        })}
      </p>
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="capacity" />
        <label htmlFor="capacity">{t("organisers.capacity")}</label>{" "}
        <input id="capacity" name="capacity" type="number" min={0} max={10000} defaultValue={event.capacity} required />{" "}
        <button type="submit" className="button--secondary">
          {t("organisers.changeCapacity")}
        </button>
      </Form>
      <AllotmentsSection
        // A new form when the allotments change (after a save), so its rows start from them.
        key={allotments.map((allotment) => [allotment.key, allotment.places, allotment.releasesAt, allotment.released].join(" ")).join("|")}
        language={language}
        event={event}
        allotments={allotments}
        candidates={candidates}
        reply={replyFor(actionData, allotmentsForm)}
      />
      <h2>{t("organisers.registrationsHeading")}</h2>
      <Form method="get" className="filters" aria-labelledby="registration-filters-title">
        <h3 id="registration-filters-title" className="visually-hidden">
          {tList("filters.title")}
        </h3>
        <FilterSelect
          id="status"
          name="status"
          label={tList("filters.status")}
          allLabel={tList("filters.allStatuses")}
          selected={filters.status}
          options={registrationStatuses.map((value) => ({ value, label: t(`statuses.${value}`) }))}
        />
        <FilterSelect
          id="organisation"
          name="organisation"
          label={tList("filters.organisation")}
          allLabel={tList("filters.allOrganisations")}
          selected={filters.organisation}
          options={organisationOptions.map((option) => (option.value === noOrganisation ? { ...option, label: tList("filters.noOrganisation") } : option))}
        />
        <div className="filters__actions">
          <button type="submit" className="button--secondary">
            {tList("filters.show")}
          </button>
          {filtered ? <Link to={`/${language}/coordination/events/${event.id}/registrations`}>{tList("filters.clear")}</Link> : null}
        </div>
      </Form>
      <section aria-labelledby="downloads-title">
        <h3 id="downloads-title">{tList("download.title")}</h3>
        <ul>
          <li>
            {/* Files, not pages: plain links, which the browser downloads. */}
            <a href={downloads.csv} download>
              {tList("download.csv")}
            </a>
          </li>
          <li>
            <a href={downloads.xlsx} download>
              {tList("download.xlsx")}
            </a>
          </li>
        </ul>
        <p className="field-hint">{tList("download.hint")}</p>
      </section>
      {registrations.length === 0 ? (
        <p>{t("organisers.none")}</p>
      ) : (
        <DataTable
          caption={t("organisers.title")}
          scrollLabel={t("organisers.title")}
          columns={[t("organisers.person"), t("mine.status"), t("organisers.answers"), { label: t("organisers.actions"), hidden: true }]}
        >
          {registrations.map((registration) => (
            <tr key={registration.id}>
              <td>
                {registration.name}
                <br />
                <span className="field-hint">
                  {registration.email}
                  {registration.organisation ? ` · ${registration.organisation}` : null}
                </span>
              </td>
              <td>
                {t(`statuses.${registration.status}`)}
                {registration.position !== null ? ` · ${t("mine.position", { position: formatNumber(registration.position, language) })}` : null}
              </td>
              <td>
                {registration.motivation ? <p>{registration.motivation}</p> : null}
                {registration.needs ? <p>{registration.needs}</p> : null}
                {registration.answers.map((answer) => (
                  <p key={answer.question}>
                    {t("organisers.answer", { question: answer.question, answer: answer.value })}
                  </p>
                ))}
              </td>
              <td>
                {registration.moves.length > 0 ? (
                  <RowActionForm fields={{ intent: "decide", registrationId: registration.id }}>
                    {registration.moves.map((to) => (
                      <button key={to} type="submit" name="to" value={to} className="button--secondary">
                        {t(`organisers.moves.${moveLabel[to] ?? to}`)}
                        <span className="visually-hidden"> {registration.name}</span>
                      </button>
                    ))}
                  </RowActionForm>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <ParticipantListSection language={language} eventId={event.id} list={participantList} reply={replyFor(actionData, participantListForm)} />
    </article>
  );
}
