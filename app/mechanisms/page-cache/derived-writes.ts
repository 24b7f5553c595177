// Tables a write changes without naming them: the rows PostgreSQL deletes or empties with a
// DELETE (foreign keys with ON DELETE CASCADE or SET NULL, as prisma/schema.prisma declares
// them; derived-writes.test.ts holds this list to the schema), and the library's search
// documents, which triggers rewrite (migration 20261203010000_library_search).
import { everyTable } from "./statement-tables";

const cascades: Record<string, readonly string[]> = {
  AgreementRevision: ["AgreementText"],
  CharterVersion: ["CharterText"],
  Event: ["EventAllotment", "EventFeedback", "EventQuestion", "EventText", "Registration", "RegistrationGroup"],
  EventAllotment: ["Registration"],
  EventQuestion: ["EventQuestionText", "RegistrationAnswer"],
  GlossaryTerm: ["GlossaryWord"],
  LibraryEntry: ["LibraryRevision"],
  LibraryRevision: ["LibraryAttachment", "LibraryRevisionEvent", "LibraryText", "MachineTranslationRequest"],
  Organisation: [
    "AgreementComment", "AgreementRevision", "EventAllotment", "Expert", "Invitation", "LibraryEntry", "MachineTranslationRequest", "MembershipApplication",
    "MembershipEvent", "OrganisationDescription", "OrganisationMembership", "Registration", "RegistrationGroup", "TwinningIntroduction", "TwinningProfile",
  ],
  OutboxEmail: ["OutboxAttachment"],
  Registration: ["EventFeedback", "RegistrationAnswer", "RegistrationEvent"],
  RegistrationGroup: ["Registration"],
  StaffExchange: ["ExchangeEvent", "ExchangeParticipant", "ExchangeReport"],
  Theme: ["ThemeName"],
  TwinningAgreement: ["AgreementComment", "AgreementEvent", "AgreementRevision"],
  User: [
    "AgreementComment", "AgreementRevision", "Event", "ExchangeParticipant", "ExchangeReport", "LibraryRevision", "OrganisationMembership", "Registration",
    "RegistrationGroup", "Session", "StaffExchange", "TwinningAgreement", "TwinningIntroduction", "TwinningProfile", "UserToken",
  ],
};

/** The foreign keys that cascade, for the test that holds them to the schema. */
export const cascadingForeignKeys = cascades;

const triggers: Record<string, readonly string[]> = {
  LibraryEntry: ["LibrarySearchDocument"],
  LibraryRevision: ["LibrarySearchDocument"],
  LibraryText: ["LibrarySearchDocument"],
  Organisation: ["LibrarySearchDocument"],
};

/** Every table a write to `tables` may have changed: theirs, their triggers', and (for a DELETE) the cascades'. */
export function tablesChanged(tables: readonly string[], { deletes }: { deletes: boolean }): string[] {
  if (tables.includes(everyTable)) return [everyTable];
  const changed = new Set<string>();
  const visit = (table: string) => {
    if (changed.has(table)) return;
    changed.add(table);
    for (const derived of triggers[table] ?? []) visit(derived);
    if (deletes) for (const child of cascades[table] ?? []) visit(child);
  };
  tables.forEach(visit);
  return [...changed];
}
