// The forms of a staff exchange: planning one (which side hosts, dates, participants of the
// sending side, learning objectives in a language), cancelling one (a reason), and a
// side's report after the visit (what we learned, will change, will share). The rules
// that need the agreement (its dates, its cap, the sending side's people) are the
// command's (exchanges.server.ts), which answers in the same field names.
import { z } from "zod";
import { calendarDay, choiceOf, multiLineText, recordId, siteLanguage, tickedBoxes } from "~/utils/fields.schemas";

const day = calendarDay;

/** Which side hosts, seen from the organisation in the address. */
export const hostChoices = ["us", "partner"] as const;

/** More than any cap an agreement sets; the agreement's own cap is the command's. */
export const mostParticipants = 50;

export const planExchangeSchema = z
  .object({
    host: choiceOf(hostChoices),
    startsOn: day,
    endsOn: day,
    participants: tickedBoxes({ min: 1, max: mostParticipants }).pipe(z.array(recordId)),
    objectives: multiLineText(5000),
    language: siteLanguage,
  })
  .superRefine((value, context) => {
    if (value.endsOn < value.startsOn) context.addIssue({ code: "custom", path: ["endsOn"], message: "endsBeforeStart" });
  });

export const cancelExchangeSchema = z.object({ reason: multiLineText(1000) });

export const reportSchema = z.object({
  learned: multiLineText(5000),
  willChange: multiLineText(5000),
  willShare: multiLineText(5000),
  language: siteLanguage,
});

/** A calendar day as stored (a DATE column, read back at midnight UTC). */
export const dayOf = (value: string) => new Date(`${value}T00:00:00.000Z`);
