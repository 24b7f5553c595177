// The form that adds a comment to an agreement's thread.
import { z } from "zod";
import { multiLineText } from "~/utils/fields.schemas";

export const maxCommentLength = 4000;

export const addCommentSchema = z.object({ body: multiLineText(maxCommentLength) });
