// The organisers' allotments form: numbered rows, `allotment-<n>-organisation` (an
// organisation's id, `pool` for the members' pool, or empty for a row left unused),
// `-places`, `-releasesAt` (a wall-clock time at the venue) and, for an allotment that
// exists, `-change` (keep it, release it now, or remove it). A released allotment's row
// has no date to give: it keeps its own. Rows are counted by the hidden field `rows`.
import { z } from "zod";
import { choiceErrors, recordId, required } from "~/utils/fields.schemas";
import { wallTimeToInstant } from "~/utils/zoned-time";

/** How many rows one form may carry (allotments and blank rows for new ones). */
export const maxAllotmentRows = 40;

/** How many blank rows the form offers for new allotments (no JavaScript needed). */
export const blankAllotmentRows = 2;

/** The value naming the members' pool in a row's organisation field. */
export const membersPool = "pool";

export const allotmentChanges = ["keep", "release", "remove"] as const;

export const allotmentField = (row: number, name: "organisation" | "places" | "releasesAt" | "change") => `allotment-${row}-${name}`;

export const allotmentRowsSchema = z.coerce.number().int().min(0).max(maxAllotmentRows);

export type AllotmentFormRow = {
  row: number;
  /** Null for the members' pool. */
  organisationId: string | null;
  places: number;
  /** Null for a released allotment kept as it is. */
  releasesAt: Date | null;
  change: (typeof allotmentChanges)[number];
};

const places = z.coerce.number({ invalid_type_error: "invalid" }).int("invalid").min(1, "invalid").max(10_000, "invalid");

/**
 * `released`: the keys (organisation id, or `pool`) of the allotments already released,
 * whose rows carry no date. `timeZone`: the venue's, in which dates are typed.
 */
export function allotmentsFormSchema(rows: number, { timeZone, released }: { timeZone: string; released: ReadonlySet<string> }) {
  const shape: Record<string, z.ZodTypeAny> = {};
  for (let row = 0; row < rows; row++) {
    shape[allotmentField(row, "organisation")] = z.union([z.literal(membersPool), recordId]).optional();
    shape[allotmentField(row, "places")] = z.string().trim().optional();
    shape[allotmentField(row, "releasesAt")] = z.string().trim().max(20).optional();
    shape[allotmentField(row, "change")] = z.enum(allotmentChanges, { errorMap: choiceErrors }).optional();
  }
  return z
    .object(shape)
    .transform((value, context) => {
      const kept: AllotmentFormRow[] = [];
      for (let row = 0; row < rows; row++) {
        const organisation = value[allotmentField(row, "organisation")] as string | undefined;
        if (!organisation) continue;
        const change = (value[allotmentField(row, "change")] as AllotmentFormRow["change"] | undefined) ?? "keep";
        const isReleased = released.has(organisation);
        const count = places.safeParse(value[allotmentField(row, "places")] ?? "");
        if (!count.success && change !== "remove" && !isReleased) {
          const typed = value[allotmentField(row, "places")];
          context.addIssue({ code: "custom", path: [allotmentField(row, "places")], message: typed ? "invalid" : required });
        }
        let releasesAt: Date | null = null;
        if (!isReleased && change !== "remove") {
          const typed = (value[allotmentField(row, "releasesAt")] as string | undefined) ?? "";
          releasesAt = typed ? wallTimeToInstant(typed, timeZone) : null;
          if (!releasesAt) context.addIssue({ code: "custom", path: [allotmentField(row, "releasesAt")], message: typed ? "invalidDate" : required });
        }
        kept.push({ row, organisationId: organisation === membersPool ? null : organisation, places: count.success ? count.data : 0, releasesAt, change });
      }
      return kept;
    });
}
