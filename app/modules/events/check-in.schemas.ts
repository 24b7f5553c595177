// What the door's forms send (a tap on a search result, a badge read by the camera) and
// what the server answers a tap sent by the door's script (app/components/events/door-check-in.tsx).
import { z } from "zod";
import { recordId as registrationId } from "~/utils/fields.schemas";
import type { RegistrationStatus } from "~/generated/prisma/enums";

/** A check-in secret: 22 characters of base64url (128 random bits). */
export const checkInSecretPattern = /^[A-Za-z0-9_-]{22}$/;


/** The page's own check-in button (without JavaScript): the registration, and the search to come back to. */
export const checkInFormSchema = z.object({
  registrationId,
  q: z.string().max(100).optional(),
});

/**
 * A tap sent by the door's script: a registration, or whatever a badge's code said. A
 * secret of the wrong shape is not refused here: it finds nobody, as a guessed one does.
 */
export const tapSchema = z.union([z.object({ registrationId }), z.object({ secret: z.string().max(200) })]);

/** Whom a tap at the door names: a registration from the search's results, or what a badge's code said. */
export type DoorTap = z.infer<typeof tapSchema>;

/** The server's answer to one tap. `time` is when they arrived, as the venue's clock read it. */
export type TapAnswer =
  | { outcome: "checkedIn" | "alreadyCheckedIn"; name: string; organisation: string; time: string | null }
  | { outcome: "notConfirmed"; name: string; organisation: string; status: RegistrationStatus }
  | { outcome: "notFound" }
  | { outcome: "invalid" };
