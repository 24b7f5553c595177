// A registration's status as one table of allowed moves (docs/decisions/008). Who moves:
// the registrant (accepting or declining an offer, cancelling), an organiser (selecting
// applicants, declining, waitlisting, marking attendance, cancelling), the waiting list
// (offering a freed place; confirming a group or a person once enough places are free;
// letting an offer lapse at its deadline) and the event's cancellation.
// A registration's first state is not a move: it is written when the registration is
// created, with a history row from null (registrations.server.ts).
import type { Prisma } from "~/generated/prisma/client";
import type { RegistrationStatus } from "~/generated/prisma/enums";
import type { Workflow } from "~/mechanisms/workflows/perform-move.server";
import type { TransitionTable } from "~/mechanisms/workflows/transitions";

export type RegistrationActor = "registrant" | "organiser" | "waitingList" | "eventCancelled";

export const registrationTransitions: TransitionTable<RegistrationStatus, RegistrationActor> = [
  // Application mode: organisers select, waitlist or decline; the applicant may withdraw.
  { from: "applied", to: "confirmed", by: "organiser" },
  { from: "applied", to: "waitlisted", by: "organiser" },
  { from: "applied", to: "declined", by: "organiser" },
  { from: "applied", to: "cancelled", by: "registrant" },
  // The waiting list.
  { from: "waitlisted", to: "offered", by: "waitingList" },
  { from: "waitlisted", to: "confirmed", by: "waitingList" },
  { from: "waitlisted", to: "confirmed", by: "organiser" },
  { from: "waitlisted", to: "declined", by: "organiser" },
  { from: "waitlisted", to: "cancelled", by: "registrant" },
  { from: "offered", to: "confirmed", by: "registrant" },
  { from: "offered", to: "declined", by: "registrant" },
  { from: "offered", to: "declined", by: "waitingList" },
  { from: "offered", to: "cancelled", by: "registrant" },
  // A place held.
  { from: "confirmed", to: "cancelled", by: "registrant" },
  { from: "confirmed", to: "cancelled", by: "organiser" },
  { from: "confirmed", to: "attended", by: "organiser" },
  { from: "attended", to: "confirmed", by: "organiser" },
  // The event is cancelled: every live registration ends with it.
  { from: "applied", to: "cancelled", by: "eventCancelled" },
  { from: "waitlisted", to: "cancelled", by: "eventCancelled" },
  { from: "offered", to: "cancelled", by: "eventCancelled" },
  { from: "confirmed", to: "cancelled", by: "eventCancelled" },
];

/**
 * What a move carries besides the table's fields: who (null for the waiting list), the
 * event, and the other columns the move sets with the status (an offer's deadline, the
 * allotment a place comes from, when the person began to wait…).
 */
export type RegistrationMoveDetails = {
  actorId: string | null;
  eventId: string;
  organisationId?: string | null;
  set?: Omit<Prisma.RegistrationUncheckedUpdateManyInput, "status" | "id" | "eventId">;
  ipAddress?: string;
};

export const registrationWorkflow: Workflow<RegistrationStatus, RegistrationActor, RegistrationMoveDetails> = {
  transitions: registrationTransitions,
  setState: (tx, where, move) => tx.registration.updateMany({ where, data: { ...move.set, status: move.to } }),
  recordHistory: (tx, move) => tx.registrationEvent.create({ data: { registrationId: move.id, from: move.from, to: move.to, actorId: move.actorId } }),
  // An organiser's decision is audited; the registrant's own moves and the waiting list's
  // are told by the registration's history (and would flood the audit log at 1,000 at once).
  auditEntry: (move) =>
    move.by === "organiser" && move.actorId
      ? {
          action: "events.registration_decided",
          actorId: move.actorId,
          organisationId: move.organisationId ?? null,
          ipAddress: move.ipAddress ?? "",
          details: { event: move.eventId, registration: move.id, from: move.from, to: move.to },
        }
      : null,
};
