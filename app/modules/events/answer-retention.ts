// How long a registration's personal answers are kept (DOMAIN.md: erased after a period
// the organiser sets per question, counted from the event's end). Each kind of answer —
// the standard dietary, accessibility and interpretation needs, the free-text motivation,
// and each of the event's own questions — has its days (null: the network's default,
// EVENT_ANSWER_RETENTION_DAYS, 90 unless set) and, once erased, the moment it was. Pure
// functions: the erasure job, the event form and the registrants' pages all ask here.
import { offsetMinutes } from "~/utils/zoned-time";

/** The network's default when EVENT_ANSWER_RETENTION_DAYS is not set. */
export const defaultNetworkRetentionDays = 90;
/** The longest an organiser may keep answers: ten years. */
export const maxRetentionDays = 3650;

/** The standard answers every registration may hold, in the order pages list them. */
export const standardAnswers = ["dietary", "accessibility", "interpretation", "motivation"] as const;
export type StandardAnswer = (typeof standardAnswers)[number];

/** The Registration column each standard answer is kept in. */
export const answerColumn = {
  dietary: "dietaryNeeds",
  accessibility: "accessibilityNeeds",
  interpretation: "interpretationNeeds",
  motivation: "motivation",
} as const satisfies Record<StandardAnswer, string>;

/** The Event columns of its days and of when it was erased. */
export const retentionColumn = {
  dietary: "dietaryRetentionDays",
  accessibility: "accessibilityRetentionDays",
  interpretation: "interpretationRetentionDays",
  motivation: "motivationRetentionDays",
} as const satisfies Record<StandardAnswer, string>;
export const erasedColumn = {
  dietary: "dietaryErasedAt",
  accessibility: "accessibilityErasedAt",
  interpretation: "interpretationErasedAt",
  motivation: "motivationErasedAt",
} as const satisfies Record<StandardAnswer, string>;

export type RetentionSettings = {
  endsAt: Date;
  timeZone: string;
  questions: readonly { id: string; retentionDays: number | null; answersErasedAt: Date | null }[];
} & { [K in StandardAnswer as (typeof retentionColumn)[K]]: number | null } & { [K in StandardAnswer as (typeof erasedColumn)[K]]: Date | null };

export type ErasureItem =
  | { kind: "standard"; answer: StandardAnswer; days: number; eraseAt: Date; erasedAt: Date | null }
  | { kind: "question"; questionId: string; days: number; eraseAt: Date; erasedAt: Date | null };

const dayMs = 86_400_000;

/**
 * When answers kept `days` after `endsAt` are erased: the same time on the wall clock at the
 * venue, `days` later, so the day a registrant is promised is the day they go, whatever
 * the clocks did meanwhile (a school that ends at 17:00 in July is erased at 17:00 in October).
 */
export function eraseDate(endsAt: Date, days: number, timeZone: string): Date {
  const later = new Date(endsAt.getTime() + days * dayMs);
  let shift = 0;
  try {
    shift = offsetMinutes(endsAt, timeZone) - offsetMinutes(later, timeZone);
  } catch {
    // A zone Intl does not know (never stored by the form): whole days in UTC.
  }
  return new Date(later.getTime() + shift * 60_000);
}

/** The days an answer is kept: its own setting, else the network's. */
export const keptDays = (setting: number | null, networkDays: number) => setting ?? networkDays;

/** Every kind of answer of the event with its days, when it is erased and whether it was. */
export function erasurePlan(event: RetentionSettings, networkDays: number): ErasureItem[] {
  const at = (days: number) => eraseDate(event.endsAt, days, event.timeZone);
  return [
    ...standardAnswers.map((answer) => {
      const days = keptDays(event[retentionColumn[answer]], networkDays);
      return { kind: "standard" as const, answer, days, eraseAt: at(days), erasedAt: event[erasedColumn[answer]] };
    }),
    ...event.questions.map((question) => {
      const days = keptDays(question.retentionDays, networkDays);
      return { kind: "question" as const, questionId: question.id, days, eraseAt: at(days), erasedAt: question.answersErasedAt };
    }),
  ];
}

/** What is due for erasure at `now` and not erased yet. */
export function dueErasures(plan: readonly ErasureItem[], now: Date) {
  return plan.filter((item) => item.erasedAt === null && item.eraseAt.getTime() <= now.getTime());
}

/** The earliest erasure still to do (it may already be due), or null when everything is erased. */
export function nextErasure(plan: readonly ErasureItem[]): Date | null {
  const waiting = plan.filter((item) => item.erasedAt === null).map((item) => item.eraseAt.getTime());
  return waiting.length > 0 ? new Date(Math.min(...waiting)) : null;
}
