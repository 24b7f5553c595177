// Schemas of the library's editing and review forms, used in the browser (Conform) and
// again on the server. Messages are keys of forms:errors.*.
import { z } from "zod";
import { translationLanguageSchema } from "~/mechanisms/translations/translations.schemas";
import {
  choiceOf,
  controlCharactersRefused,
  hasNoControlCharacters,
  multiLineText,
  optionalMultiLineText,
  recordId,
  required,
  text,
  tickedBoxes,
} from "~/utils/fields.schemas";
import { isCountryCode, isLanguageCode } from "~/utils/iso-codes";
import { themeChoices } from "../taxonomy/themes";
import { audiences, entryKinds, serviceEvidence, serviceSettings } from "./vocabulary";

export const maxTitle = 200;
export const maxSummary = 1_000;
export const maxBody = 50_000;
export const maxEasyRead = 3_000;
export const maxTargetGroup = 1_000;
export const maxOutcomes = 3_000;
export const maxThemes = 8;
export const maxLinks = 10;
export const maxServiceLanguages = 20;
export const maxNotes = 5_000;

// A ticked box sent twice (a hand-made form) counts once.
const distinct = <T>(values: T[]) => [...new Set(values)];


/** http(s) only: `javascript:`, `data:`, `file:` and the like are refused, whatever their case or spacing. */
export function isLinkAddress(value: string) {
  const url = URL.parse(value);
  return Boolean(url && (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes("."));
}

const linkUrl = z
  .string({ required_error: required, invalid_type_error: required })
  .trim()
  .max(2_000, "tooLong:2000")
  .refine(hasNoControlCharacters, controlCharactersRefused)
  .refine(isLinkAddress, "invalidUrl");

const link = z.object({ label: text(200), url: linkUrl });

/** The rows of the links table; a row left empty (both fields) is no link. */
const links = z.preprocess(
  (value) =>
    Array.isArray(value)
      ? value.filter((row: unknown) => row && typeof row === "object" && Object.values(row).some((cell) => cell !== undefined && cell !== ""))
      : value === undefined
        ? []
        : value,
  z.array(link, { invalid_type_error: "invalid" }).max(maxLinks, `tooMany:${maxLinks}`),
);

const optionalCountry = z
  .string({ invalid_type_error: "invalidChoice" })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, "invalidChoice")
  .optional();

// A checkbox sends "on" when ticked and nothing otherwise.
const checkbox = z
  .literal("on", { errorMap: () => ({ message: "invalidChoice" }) })
  .optional()
  .transform((value) => value === "on");

export const entryKindSchema = choiceOf(entryKinds);

/**
 * The fields every revision has, and a service description's own (checked only for one).
 * Themes are the stored taxonomy's keys (`themeKeys` on the server, the loader's options in
 * the browser).
 */
const revisionFields = (themeKeys: readonly string[]) => ({
  title: text(maxTitle),
  summary: multiLineText(maxSummary),
  body: multiLineText(maxBody),
  easyRead: optionalMultiLineText(maxEasyRead),
  themes: themeChoices(themeKeys, { max: maxThemes }).default([]),
  audiences: tickedBoxes({ max: audiences.length })
    .refine((values) => values.every((value) => (audiences as readonly string[]).includes(value)), "invalidChoice")
    .transform(distinct)
    .default([]),
  countryCode: optionalCountry,
  links,
  visibility: choiceOf(["public", "members"]),
  targetGroup: optionalMultiLineText(maxTargetGroup),
  settings: tickedBoxes({ max: serviceSettings.length })
    .refine((values) => values.every((value) => (serviceSettings as readonly string[]).includes(value)), "invalidChoice")
    .transform((values) => distinct(values) as (typeof serviceSettings)[number][])
    .default([]),
  evidence: choiceOf(serviceEvidence).optional(),
  outcomes: optionalMultiLineText(maxOutcomes),
  serviceLanguages: tickedBoxes({ max: maxServiceLanguages })
    .refine((values) => values.every(isLanguageCode), "invalidLanguage")
    .transform(distinct)
    .default([]),
  hostsVisitors: checkbox,
});

type Fields = z.infer<z.ZodObject<ReturnType<typeof revisionFields>>>;

/** A service description needs its target group and where it works; other kinds keep none of these fields. */
function serviceRules(kind: string | undefined, value: Fields, context: z.RefinementCtx) {
  if (kind !== "service_description") return;
  if (!value.targetGroup) context.addIssue({ code: z.ZodIssueCode.custom, path: ["targetGroup"], message: required });
  if (value.settings.length === 0) context.addIssue({ code: z.ZodIssueCode.custom, path: ["settings"], message: "chooseAtLeastOne" });
}

/** What is kept of the fields for an entry of `kind`: the service fields only for a service description. */
export function revisionContent(kind: string, value: Fields) {
  const isService = kind === "service_description";
  return {
    ...value,
    targetGroup: isService ? value.targetGroup : undefined,
    settings: isService ? value.settings : [],
    evidence: isService ? value.evidence : undefined,
    outcomes: isService ? value.outcomes : undefined,
    serviceLanguages: isService ? value.serviceLanguages : [],
    hostsVisitors: isService ? value.hostsVisitors : false,
  };
}

export type RevisionContent = ReturnType<typeof revisionContent>;

export const newEntrySchema = (themeKeys: readonly string[]) =>
  z
    .object({ intent: z.literal("create"), kind: entryKindSchema, originalLanguage: translationLanguageSchema, ...revisionFields(themeKeys) })
    .superRefine((value, context) => serviceRules(value.kind, value, context));

/** The open revision's form; `kind` is the entry's, sent back by the page for the service rules only. */
export const saveRevisionSchema = (themeKeys: readonly string[]) =>
  z
    .object({
      intent: z.literal("save"),
      kind: entryKindSchema,
      revisionId: recordId,
      // The revision as the page showed it: a save over a newer one is refused.
      seenUpdatedAt: z.string({ required_error: "invalid" }).datetime({ message: "invalid" }),
      ...revisionFields(themeKeys),
    })
    .superRefine((value, context) => serviceRules(value.kind, value, context));

export const submitRevisionSchema = z.object({
  intent: z.literal("submit"),
  revisionId: recordId,
  seenUpdatedAt: z.string({ required_error: "invalid" }).datetime({ message: "invalid" }),
});

export const startRevisionSchema = z.object({ intent: z.literal("start") });

export const archiveSchema = z.object({ intent: z.enum(["archive", "unarchive"]) });

export const decisionSchema = z
  .object({
    intent: z.literal("decide"),
    decision: choiceOf(["approve", "sendBack"]),
    seenStatus: z.literal("in_review", { errorMap: () => ({ message: "invalid" }) }),
    notes: optionalMultiLineText(maxNotes),
  })
  .superRefine((value, context) => {
    if (value.decision === "sendBack" && !value.notes) context.addIssue({ code: z.ZodIssueCode.custom, path: ["notes"], message: "notesRequired" });
  });
