// The feedback form after an event: three ratings from 1 to 5, a comment, and whether to
// answer anonymously. One schema for the browser (Conform) and the server.
import { z } from "zod";
import { choiceOf, optionalMultiLineText } from "~/utils/fields.schemas";

export const ratings = ["overall", "content", "organisation"] as const;
export type Rating = (typeof ratings)[number];
export const ratingValues = ["1", "2", "3", "4", "5"] as const;

export const maxCommentLength = 4000;

const rating = choiceOf(ratingValues).transform(Number);

export const feedbackSchema = z.object({
  overall: rating,
  content: rating,
  organisation: rating,
  comment: optionalMultiLineText(maxCommentLength).transform((value) => value ?? ""),
  // A ticked checkbox sends "on"; an unticked one sends nothing.
  anonymous: z
    .literal("on", { errorMap: () => ({ message: "invalid" }) })
    .optional()
    .transform((value) => value === "on"),
});

export type FeedbackForm = z.infer<typeof feedbackSchema>;
