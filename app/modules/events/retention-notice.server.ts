// What a registrant is told about how long their answers are kept: each kind of answer
// they give, grouped by the day it is (or was) erased, with that day written at the venue.
// The register page says it before they answer; their registration's page, after.
import type { RegistrationMode, RegistrationStatus } from "~/generated/prisma/enums";
import { eventAnswerRetentionDays } from "~/utils/env.server";
import { formatDate } from "~/utils/format";
import type { Language } from "~/utils/languages";
import { erasurePlan, type RetentionSettings, type StandardAnswer } from "./answer-retention";
import { askedOnRegistering, type EventQuestionForForm } from "./registration.schemas";

type LabelledQuestion = RetentionSettings["questions"][number] & { label: string; labelLanguage: string };

export type RetentionGroup = {
  /** The standard answers erased that day, in the order pages list them. */
  standard: StandardAnswer[];
  /** The event's own questions erased that day, by their labels. */
  questions: { label: string; language: string }[];
  days: number;
  /** The day, as it reads at the venue. */
  date: string;
  erased: boolean;
};

/**
 * The groups of answers that share a day. `motivation`: whether the registrant gives one
 * (application mode); `questionIds`: the questions they are asked (the others are not theirs).
 */
export function retentionNotice(
  event: Omit<RetentionSettings, "questions"> & { questions: readonly LabelledQuestion[] },
  language: Language,
  { networkDays, motivation, questionIds }: { networkDays: number; motivation: boolean; questionIds: ReadonlySet<string> },
): RetentionGroup[] {
  const labels = new Map(event.questions.map((question) => [question.id, question]));
  const day = (instant: Date) => formatDate(instant, language, { dateStyle: "long", timeZone: event.timeZone });
  const groups = new Map<string, RetentionGroup & { at: number }>();
  for (const item of erasurePlan(event, networkDays)) {
    if (item.kind === "standard" && item.answer === "motivation" && !motivation) continue;
    if (item.kind === "question" && !questionIds.has(item.questionId)) continue;
    const erased = item.erasedAt !== null;
    const date = day(item.erasedAt ?? item.eraseAt);
    const key = `${erased ? "erased" : "kept"}:${date}`;
    const at = (item.erasedAt ?? item.eraseAt).getTime();
    const group = groups.get(key) ?? { standard: [], questions: [], days: item.days, date, erased, at };
    if (item.kind === "standard") group.standard.push(item.answer);
    else {
      const question = labels.get(item.questionId)!;
      group.questions.push({ label: question.label, language: question.labelLanguage });
    }
    groups.set(key, group);
  }
  // Soonest first: what is already gone, then what goes next.
  return [...groups.values()].sort((a, b) => a.at - b.at).map(({ at: _at, ...group }) => group);
}

type EventWithQuestions = Omit<RetentionSettings, "questions"> & { mode: RegistrationMode; questions: readonly (LabelledQuestion & EventQuestionForForm)[] };

/** Before registering: the answers the register form asks, and how long each is kept. */
export function retentionBeforeRegistering(event: EventWithQuestions, language: Language, networkDays = eventAnswerRetentionDays()) {
  const questionIds = new Set(askedOnRegistering(event.questions).map((question) => question.id));
  return retentionNotice(event, language, { networkDays, motivation: event.mode === "application", questionIds });
}

/**
 * On a registration's page: every answer the registrant gave or is asked (the follow-up
 * questions once their place is confirmed), erased ones included, with the day of each.
 */
export function retentionOfRegistration(event: EventWithQuestions, status: RegistrationStatus, language: Language, networkDays = eventAnswerRetentionDays()) {
  const asked = event.questions.filter((question) => question.stage === "registration");
  if (status === "confirmed" || status === "attended") asked.push(...event.questions.filter((question) => question.stage === "follow_up"));
  return retentionNotice(event, language, { networkDays, motivation: event.mode === "application", questionIds: new Set(asked.map((question) => question.id)) });
}
