// The library's fixed vocabularies (DOMAIN.md, "The good-practice library"). Labels are
// in locales/<lang>/library.json; themes are the shared taxonomy (app/modules/taxonomy).
import { LibraryEntryKind, ServiceEvidence, ServiceSetting } from "~/generated/prisma/enums";

/** In the order forms and facets offer them: what members write most first. */
export const entryKinds = [
  LibraryEntryKind.service_description,
  LibraryEntryKind.good_practice,
  LibraryEntryKind.report,
  LibraryEntryKind.film,
  LibraryEntryKind.tool,
  LibraryEntryKind.summary,
  LibraryEntryKind.training_material,
] as const;

export const audiences = [
  "people-who-use-services",
  "families",
  "staff",
  "managers",
  "commissioners",
  "policy-makers",
] as const;

export type Audience = (typeof audiences)[number];

export const serviceSettings = [ServiceSetting.community, ServiceSetting.home, ServiceSetting.hospital, ServiceSetting.online] as const;

export const serviceEvidence = [
  ServiceEvidence.none_yet,
  ServiceEvidence.local_evaluation,
  ServiceEvidence.published_study,
] as const;
