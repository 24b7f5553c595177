// The public list's filters, read from the query string. A value that is not a valid
// filter is dropped (and reported), so a hand-edited or stale link still shows a page,
// never a 500.
import { z } from "zod";
import { isLanguageCode } from "~/utils/iso-codes";
import { eventTypes, seasons } from "./vocabulary";

export const eventFiltersSchema = z.object({
  when: z.enum(["upcoming", "past"]),
  type: z.enum(eventTypes),
  /** Schools only: choosing a season shows international schools of that season. */
  season: z.enum(seasons),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/),
  /** A language of delivery, ISO 639-1. */
  language: z.string().trim().toLowerCase().refine(isLanguageCode),
});

export type EventFilters = Partial<Omit<z.output<typeof eventFiltersSchema>, "when">> & { when: "upcoming" | "past" };

const filterKeys = ["when", "type", "season", "country", "language"] as const;

export function parseEventFilters(searchParams: URLSearchParams): { filters: EventFilters; ignored: string[] } {
  const filters: EventFilters = { when: "upcoming" };
  const ignored: string[] = [];
  for (const key of filterKeys) {
    const raw = searchParams.get(key);
    if (raw === null || raw.trim() === "") continue;
    const parsed = eventFiltersSchema.shape[key].safeParse(raw);
    if (parsed.success) Object.assign(filters, { [key]: parsed.data });
    else ignored.push(key);
  }
  return { filters, ignored };
}

/** Whether anything beyond upcoming/past narrows the list. */
export const isFiltered = (filters: EventFilters) => Boolean(filters.type || filters.season || filters.country || filters.language);
