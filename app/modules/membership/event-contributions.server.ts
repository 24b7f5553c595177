// What an organisation has given to the network's events, for its commitments checklist
// (DOMAIN.md: "host international schools, contribute to conferences"): the events it
// has hosted, and the times a person registered for it attended one.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Events hosted: published (never cancelled) and already over. An upcoming event does
 * not count yet: until it has taken place it can still be cancelled, and a commitment
 * shown as done must not go back to "to do". Attendances: registrations for the
 * organisation (its own people or its group's delegates) marked attended by the
 * organisers, at any event.
 */
export async function eventContributions(db: Db, organisationId: string, now = new Date()) {
  const [hostedEvents, attendances] = await Promise.all([
    db.event.count({ where: { hostOrganisationId: organisationId, status: "published", endsAt: { lte: now } } }),
    db.registration.count({ where: { organisationId, status: "attended" } }),
  ]);
  return { hostedEvents, attendances };
}
