// The events area's fixed vocabularies, in the order forms and filters offer them. Their
// labels live in the `events` namespace (locales/<lang>/events.json).
import type { EventQuestionStage, EventStatus, EventType, GroupPolicy, ParticipantVisibility, RegistrationMode, RegistrationStatus, Season } from "~/generated/prisma/enums";

export const eventTypes = [
  "international_school",
  "conference",
  "symposium",
  "workshop",
  "think_tank",
  "learning_set",
  "study_visit",
] as const satisfies readonly EventType[];

export const seasons = ["spring", "summer", "autumn", "winter"] as const satisfies readonly Season[];

export const eventStatuses = ["draft", "published", "cancelled"] as const satisfies readonly EventStatus[];

export const registrationModes = ["first_come", "application"] as const satisfies readonly RegistrationMode[];

export const groupPolicies = ["together", "split"] as const satisfies readonly GroupPolicy[];

/** When an event's own question is asked: on registering, or later of confirmed participants. */
export const questionStages = ["registration", "follow_up"] as const satisfies readonly EventQuestionStage[];

export const participantVisibilities = ["nobody", "participants", "everyone"] as const satisfies readonly ParticipantVisibility[];

export const registrationStatuses = [
  "applied",
  "confirmed",
  "waitlisted",
  "offered",
  "declined",
  "cancelled",
  "attended",
] as const satisfies readonly RegistrationStatus[];

/** Registrations still in play: the partial unique indexes allow one of these per person and event. */
export const liveRegistrationStatuses = ["applied", "confirmed", "waitlisted", "offered", "attended"] as const satisfies readonly RegistrationStatus[];

/** The default time an offered place is held for the person it is offered to. */
export const defaultOfferHours = 48;
