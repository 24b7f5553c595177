// The twinning profile form, checked in the browser and again on the server.
import { z } from "zod";
import { tickedBoxes } from "~/utils/fields.schemas";
import { isLanguageCode } from "~/utils/iso-codes";
import { themeChoices } from "../taxonomy/themes";

export const maxProfileLanguages = 20;
/** More than a small group at once is not a staff exchange any more. */
export const maxHostCapacity = 30;
export const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** "Enter a whole number from 0 (cannot host) to 30." */
const hostCapacityError = `twinning_hostCapacity:${maxHostCapacity}`;

// A ticked box sent twice (a hand-made form) counts once.
const distinct = <T>(values: T[]) => [...new Set(values)];

/** `themeKeys`: the stored themes, which offers and seeks are chosen from. */
export const twinningProfileSchema = (themeKeys: readonly string[]) =>
  z.object({
    intent: z.literal("save-profile"),
    offers: themeChoices(themeKeys).default([]),
    seeks: themeChoices(themeKeys).default([]),
    languages: tickedBoxes({ min: 1, max: maxProfileLanguages })
      .refine((values) => values.every(isLanguageCode), "invalidLanguage")
      .transform(distinct),
    hostCapacity: z
      .number({ required_error: "required", invalid_type_error: hostCapacityError })
      .int(hostCapacityError)
      .min(0, hostCapacityError)
      .max(maxHostCapacity, hostCapacityError),
    hostMonths: tickedBoxes({ max: 12 })
      .refine((values) => values.every((value) => /^(?:[1-9]|1[0-2])$/.test(value)), "invalidChoice")
      .transform((values) => distinct(values.map(Number)).sort((a, b) => a - b))
      .default([]),
  });

export type TwinningProfileInput = z.infer<ReturnType<typeof twinningProfileSchema>>;
