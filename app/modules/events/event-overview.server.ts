// The coordinators' overview of one event: its registrations counted by status, by
// organisation and by the organisation's country (one grouped query), the waiting list in
// order, the attendance rate once the event has begun, and what the feedback says in
// numbers. The page and its CSV read the same figures.
import type { PrismaClient } from "~/generated/prisma/client";
import type { RegistrationStatus } from "~/generated/prisma/enums";
import { csvText, type CsvCell } from "~/mechanisms/downloads/csv";
import { compareText, countryName } from "~/utils/format";
import { i18nServer } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import { instantToWallTime } from "~/utils/zoned-time";
import { eventFileName } from "./participant-export.server";
import { eventTitle } from "./shown-event-texts.server";
import { registrationStatuses } from "./vocabulary";
import { waitingPositions } from "./waiting-list.server";

type Db = PrismaClient;

type Counts = Record<RegistrationStatus, number>;
const noCounts = (): Counts => Object.fromEntries(registrationStatuses.map((status) => [status, 0])) as Counts;
const sum = (counts: Counts) => registrationStatuses.reduce((total, status) => total + counts[status], 0);

/** One organisation's registrations by status (`organisationId` null: those made for no organisation). */
export type OrganisationCounts = { organisationId: string | null; name: string | null; countryCode: string | null; counts: Counts; total: number; taken: number };

/** The organisations an event's registrations are made for, each with its counts: one groupBy and one read of their names. Most registrations first. */
export async function registrationsByOrganisation(db: Db, eventId: string, language: Language): Promise<OrganisationCounts[]> {
  const groups = await db.registration.groupBy({ by: ["organisationId", "status"], where: { eventId }, _count: { _all: true } });
  const ids = [...new Set(groups.map((group) => group.organisationId).filter((id): id is string => id !== null))];
  const organisations = ids.length > 0 ? await db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, countryCode: true } }) : [];
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const rows = new Map<string | null, OrganisationCounts>();
  for (const group of groups) {
    const organisation = group.organisationId ? byId.get(group.organisationId) : undefined;
    const row = rows.get(group.organisationId) ?? {
      organisationId: group.organisationId,
      name: organisation?.name ?? null,
      countryCode: organisation?.countryCode ?? null,
      counts: noCounts(),
      total: 0,
      taken: 0,
    };
    row.counts[group.status] += group._count._all;
    rows.set(group.organisationId, row);
  }
  const compare = compareText(language);
  return [...rows.values()]
    .map((row) => ({ ...row, total: sum(row.counts), taken: row.counts.confirmed + row.counts.attended }))
    // The registrations made for no organisation come last, whatever their number.
    .sort((a, b) => Number(a.organisationId === null) - Number(b.organisationId === null) || b.total - a.total || compare(a.name ?? "", b.name ?? ""));
}

/** The overview's figures, or null when there is no such event. */
export async function eventOverview(db: Db, eventId: string, language: Language, now = new Date()) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, startsAt: true, endsAt: true, timeZone: true, capacity: true } });
  if (!event) return null;
  const [title, byOrganisation, positions, waiting, feedback] = await Promise.all([
    eventTitle(db, event.id, language),
    registrationsByOrganisation(db, event.id, language),
    waitingPositions(db, event.id),
    db.registration.findMany({
      where: { eventId: event.id, status: "waitlisted" },
      select: { id: true, waitingSince: true, delegateName: true, person: { select: { name: true } }, organisation: { select: { name: true } } },
    }),
    db.eventFeedback.aggregate({ where: { eventId: event.id }, _count: { _all: true }, _avg: { overall: true, content: true, organisation: true } }),
  ]);
  const byStatus = noCounts();
  for (const row of byOrganisation) for (const status of registrationStatuses) byStatus[status] += row.counts[status];
  const countries = new Map<string | null, { countryCode: string | null; total: number; taken: number }>();
  for (const row of byOrganisation) {
    const country = countries.get(row.countryCode) ?? { countryCode: row.countryCode, total: 0, taken: 0 };
    country.total += row.total;
    country.taken += row.taken;
    countries.set(row.countryCode, country);
  }
  const started = now >= event.startsAt;
  const present = byStatus.attended + byStatus.confirmed;
  return {
    event: { ...event, title },
    byStatus: registrationStatuses.map((status) => ({ status, count: byStatus[status] })),
    total: sum(byStatus),
    byOrganisation,
    byCountry: [...countries.values()].sort((a, b) => Number(a.countryCode === null) - Number(b.countryCode === null) || b.total - a.total || (a.countryCode ?? "").localeCompare(b.countryCode ?? "")),
    waitingList: waiting
      .map((registration) => ({
        id: registration.id,
        position: positions.get(registration.id) ?? 0,
        name: registration.person?.name ?? registration.delegateName ?? "",
        organisation: registration.organisation?.name ?? null,
        waitingSince: registration.waitingSince,
      }))
      .sort((a, b) => a.position - b.position || (a.waitingSince?.getTime() ?? 0) - (b.waitingSince?.getTime() ?? 0)),
    // Of those expected (confirmed) and those who came (attended), the share who came: only once the doors have opened.
    attendance: started ? { attended: byStatus.attended, expected: present, rate: present > 0 ? byStatus.attended / present : null } : null,
    feedback: {
      answers: feedback._count._all,
      overall: feedback._avg.overall,
      content: feedback._avg.content,
      organisation: feedback._avg.organisation,
    },
  };
}

export type EventOverview = NonNullable<Awaited<ReturnType<typeof eventOverview>>>;

/** An average rating to two decimals, as a number (null when nobody rated). */
const rounded = (value: number | null, places = 2) => (value === null ? null : Math.round(value * 10 ** places) / 10 ** places);

/**
 * The overview as a CSV file: one block per table (a title row, a header row, its rows,
 * then an empty row), every row as wide as the widest so any parser reads it. Numbers are
 * plain numbers; names and labels in `language`; times at the venue.
 */
export async function overviewCsv(db: Db, eventId: string, language: Language, now = new Date()) {
  const overview = await eventOverview(db, eventId, language, now);
  if (!overview) return null;
  const t = await i18nServer.getFixedT(language, ["participants", "registration"]);
  const o = (key: string, values?: Record<string, string>) => t(`participants:overview.${key}`, values);
  const zone = overview.event.timeZone;
  const country = (code: string | null) => (code ? countryName(code, language) : o("noCountry"));
  const blocks: CsvCell[][][] = [
    [[o("byStatus")], [o("status"), o("count")], ...overview.byStatus.map(({ status, count }) => [t(`registration:statuses.${status}`), count]), [o("total"), overview.total]],
    [
      [o("byOrganisation")],
      [o("organisation"), o("country"), o("count"), o("taken"), o("waiting")],
      ...overview.byOrganisation.map((row) => [row.name ?? t("participants:filters.noOrganisation"), country(row.countryCode), row.total, row.taken, row.counts.waitlisted]),
    ],
    [[o("byCountry")], [o("country"), o("count"), o("taken")], ...overview.byCountry.map((row) => [country(row.countryCode), row.total, row.taken])],
    [
      [o("waitingList")],
      [o("position"), o("name"), o("organisation"), o("since", { zone })],
      ...overview.waitingList.map((entry) => [entry.position, entry.name, entry.organisation ?? "", entry.waitingSince ? instantToWallTime(entry.waitingSince, zone).replace("T", " ") : ""]),
    ],
    [
      [o("attendance")],
      [o("attended"), o("expected"), o("rate")],
      overview.attendance
        ? [overview.attendance.attended, overview.attendance.expected, overview.attendance.rate === null ? null : rounded(overview.attendance.rate * 100, 1)]
        : [o("attendanceNotYet")],
    ],
    [
      [o("feedback")],
      [o("answersCount"), o("ratings.overall"), o("ratings.content"), o("ratings.organisation")],
      [overview.feedback.answers, rounded(overview.feedback.overall), rounded(overview.feedback.content), rounded(overview.feedback.organisation)],
    ],
  ];
  const rows = [[overview.event.title], [], ...blocks.flatMap((block) => [...block, []])];
  const width = Math.max(...rows.map((row) => row.length));
  return {
    text: csvText(rows.map((row) => [...row, ...Array<CsvCell>(width - row.length).fill(null)])),
    ...eventFileName({ title: overview.event.title, startsAt: overview.event.startsAt, timeZone: zone }, t("participants:overview.fileWord"))("csv"),
  };
}
