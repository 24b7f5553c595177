// What the organisers' list pages read from the address (which registrations: a status, an
// organisation or none) and the form that publishes the participant list.
import { z } from "zod";
import type { RegistrationStatus } from "~/generated/prisma/enums";
import { recordId } from "~/utils/fields.schemas";
import { registrationStatuses } from "./vocabulary";

/** The organisation filter's value for registrations made for no organisation. */
export const noOrganisation = "none";

export type RegistrationFilters = { status?: RegistrationStatus; organisation?: string };

/** The filters in the address; a value that is not one of them is ignored (all registrations). */
export function parseRegistrationFilters(searchParams: URLSearchParams): RegistrationFilters {
  const status = registrationStatuses.find((value) => value === searchParams.get("status"));
  const organisation = searchParams.get("organisation") ?? "";
  const known = organisation === noOrganisation || recordId.safeParse(organisation).success;
  return { ...(status ? { status } : {}), ...(known ? { organisation } : {}) };
}

/** The organisation as registrationsForOrganisers takes it: an id, null for none, undefined for all. */
export function organisationIdOf(filters: RegistrationFilters): string | null | undefined {
  if (filters.organisation === undefined) return undefined;
  return filters.organisation === noOrganisation ? null : filters.organisation;
}

/** The filters as a query string ("" or "?status=…&organisation=…"), for links that keep them. */
export function filtersQuery(filters: RegistrationFilters) {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return query ? `?${query}` : "";
}

/** How long after the event's end a published list stays up, at most. */
export const maxListDays = 365;

export const participantListSchema = z.object({
  published: z
    .literal("on", { errorMap: () => ({ message: "invalid" }) })
    .optional()
    .transform((value) => value === "on"),
  days: z.coerce
    .number({ required_error: "invalidNumber", invalid_type_error: "invalidNumber" })
    .int("invalidNumber")
    .min(0, "tooSmall:0")
    .max(maxListDays, `tooLarge:${maxListDays}`),
});
