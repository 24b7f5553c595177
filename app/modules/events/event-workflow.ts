// An event's status as one table of allowed moves (docs/decisions/008): a draft is
// published by a coordinator; a published event can be cancelled, which tells everyone
// registered (the command that cancels mails them, in events.server.ts). A draft may also
// be given up (cancelled) before anyone saw it.
import type { EventStatus } from "~/generated/prisma/enums";
import type { Workflow } from "~/mechanisms/workflows/perform-move.server";
import type { TransitionTable } from "~/mechanisms/workflows/transitions";

export type EventActor = "coordinator";

export const eventTransitions: TransitionTable<EventStatus, EventActor> = [
  { from: "draft", to: "published", by: "coordinator" },
  { from: "draft", to: "cancelled", by: "coordinator" },
  { from: "published", to: "cancelled", by: "coordinator" },
];

export type EventMoveDetails = { actorId: string; organisationId: string | null; reason?: string; ipAddress?: string };

export const eventWorkflow: Workflow<EventStatus, EventActor, EventMoveDetails> = {
  transitions: eventTransitions,
  setState: (tx, where, move) => {
    const now = new Date();
    const data =
      move.to === "published"
        ? { status: move.to, publishedAt: now }
        : { status: move.to, cancelledAt: now, cancellationReason: move.reason ?? null };
    return tx.event.updateMany({ where, data });
  },
  auditEntry: (move) => ({
    action: move.to === "published" ? "events.event_published" : "events.event_cancelled",
    actorId: move.actorId,
    organisationId: move.organisationId,
    ipAddress: move.ipAddress ?? "",
    details: { event: move.id, ...(move.reason ? { reason: move.reason } : {}) },
  }),
};
