// Who may use each route: the contract the authorisation matrix checks, and the list of
// routes (with a path to call each by and its people) that the hostile-input walk covers.
// A route file that is not listed here fails both: adding a page means deciding who may see it.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "~/generated/prisma/client";
import { signAgreementFor } from "../fixtures/agreement-records";
import { addRevision, createLibraryEntry } from "../fixtures/library-reading";
import { createOrganisation } from "../fixtures/organisations";
import { createEvent } from "../fixtures/events";
import { createActiveAgreement } from "../fixtures/active-agreement";
import { createPerson } from "../fixtures/people";
import { tokenHash } from "~/modules/events/registrations.server";

export const personas = [
  "visitor",
  "person",
  "organisation member",
  "organisation editor",
  "organisation admin",
  "signatory",
  "admin of another organisation",
  "coordinator",
  "network admin",
] as const;
export type Persona = (typeof personas)[number];

export const everyone = "everyone" as const;
const signedIn: Persona[] = personas.filter((persona) => persona !== "visitor");
export type Access = typeof everyone | Persona[];

export type RouteRule = { path: string; params: Record<string, string>; GET: Access; POST?: Access };

export const slug = "matrix-organisation";
/** A library entry of the matrix organisation, so its pages render their forms for the hostile walk. */
export const entryId = "matrixentry";
/** A published event open for registration, and the "person" persona's registration for it. */
export const eventId = "matrixevent";
export const registrationId = "matrixregistration";
/** The link a delegate of the matrix organisation was mailed for the event (its token; the database holds its hash). */
export const delegateToken = "matrix-delegate-token-0123456789";
/**
 * After an event: one that ended yesterday, which the "person" persona attended, with its
 * certificate issued (its code) and its feedback link mailed (its token; the database holds its hash).
 */
export const pastEventId = "matrixpastevent";
export const attendedRegistrationId = "matrixattended";
export const certificateCode = "matrixcertificatecode1";
export const feedbackToken = "matrix-feedback-token-0123456789abcdefghijk";
/** A draft event the matrix organisation hosts, which its admins edit. */
export const hostedDraftId = "matrixhosteddraft";
/**
 * An active twinning agreement of the matrix organisation (side A) with side A's signature,
 * and a completed exchange under it whose participant is `exchangeParticipantId`, of the
 * matrix organisation.
 */
export const agreementId = "matrixagreement";
export const agreementSignatureId = "matrixagreementsignature";
export const exchangeId = "matrixexchange";
export const exchangeParticipantId = "matrixparticipant";
const lang = { lang: "en" };
const agreementParams = { ...lang, slug, agreementId };
const agreementReaders: Persona[] = ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"];
const agreementWriters: Persona[] = ["organisation editor", "organisation admin"];

/** The contract: route file → who may load it and who may post to it. */
// Keys are route file names: `charter_` keeps a page out of the /charter page's layout.
export const matrix: Record<string, RouteRule> = {
  _index: { path: "/", params: {}, GET: everyone },
  healthz: { path: "/healthz", params: {}, GET: everyone },
  "dev.mail": { path: "/dev/mail", params: {}, GET: everyone },
  "$lang._index": { path: "/en", params: lang, GET: everyone },
  "$lang.$": { path: "/en/no-such-page", params: { ...lang, "*": "no-such-page" }, GET: everyone },
  "$lang.about": { path: "/en/about", params: lang, GET: everyone },
  "$lang.charter": { path: "/en/charter", params: lang, GET: everyone },
  "$lang.members._index": { path: "/en/members", params: lang, GET: everyone },
  "$lang.members.$slug": { path: `/en/members/${slug}`, params: { ...lang, slug }, GET: everyone },
  "$lang.search": { path: "/en/search?q=recovery&kind=report", params: lang, GET: everyone },
  "$lang.sign-up": { path: "/en/sign-up", params: lang, GET: everyone, POST: everyone },
  "$lang.sign-in": { path: "/en/sign-in", params: lang, GET: everyone, POST: everyone },
  "$lang.sign-out": { path: "/en/sign-out", params: lang, GET: everyone, POST: everyone },
  "$lang.confirm-email": { path: "/en/confirm-email", params: lang, GET: everyone, POST: everyone },
  "$lang.forgot-password": { path: "/en/forgot-password", params: lang, GET: everyone, POST: everyone },
  "$lang.reset-password": { path: "/en/reset-password", params: lang, GET: everyone, POST: everyone },
  "$lang.invitation": { path: "/en/invitation", params: lang, GET: everyone, POST: signedIn },
  "$lang.account._index": { path: "/en/account", params: lang, GET: signedIn, POST: signedIn },
  "$lang.account.security": { path: "/en/account/security", params: lang, GET: signedIn, POST: signedIn },
  "$lang.account.data": { path: "/en/account/data", params: lang, GET: signedIn, POST: signedIn },
  "$lang.account.export": { path: "/en/account/export", params: lang, GET: signedIn },
  "$lang.account": { path: "/en/account", params: lang, GET: signedIn },
  "$lang.account.registrations._index": { path: "/en/account/registrations", params: lang, GET: signedIn },
  "$lang.account.registrations.$registrationId": {
    path: `/en/account/registrations/${registrationId}`,
    params: { ...lang, registrationId },
    // Anyone signed in may open the route; someone else's registration is a 404 to them
    // (registration-pages.integration.test.ts), which says nothing of whose it is.
    GET: signedIn,
    POST: signedIn,
  },
  "$lang.coordination.events._index": {
    path: "/en/coordination/events",
    params: lang,
    GET: ["coordinator", "network admin"],
    // Publishing a draft from the list.
    POST: ["coordinator", "network admin"],
  },
  // Anyone signed in may open it; a registration not their own is a 404 to them, one not confirmed a refusal (409) that says why.
  "$lang.account.registrations.$registrationId_.invitation-letter": {
    path: `/en/account/registrations/${registrationId}/invitation-letter`,
    params: { ...lang, registrationId },
    GET: signedIn,
    POST: signedIn,
  },
  // The delegate's letter, by the token in their link as their page is.
  "$lang.events.registration.$token_.invitation-letter": {
    path: `/en/events/registration/${delegateToken}/invitation-letter`,
    params: { ...lang, token: delegateToken },
    GET: everyone,
    POST: everyone,
  },
  "$lang.coordination.events.$eventId_.follow-up": {
    path: `/en/coordination/events/${eventId}/follow-up`,
    params: { ...lang, eventId },
    GET: ["coordinator", "network admin"],
    POST: ["coordinator", "network admin"],
  },
  "$lang.coordination.events.$eventId_.registrations": {
    path: `/en/coordination/events/${eventId}/registrations`,
    params: { ...lang, eventId },
    GET: ["coordinator", "network admin"],
    POST: ["coordinator", "network admin"],
  },
  // The door: a search that finds the matrix's delegate, so the page renders its check-in form.
  "$lang.coordination.events.$eventId_.check-in": {
    path: `/en/coordination/events/${eventId}/check-in?q=matrix`,
    params: { ...lang, eventId },
    GET: ["coordinator", "network admin"],
    POST: ["coordinator", "network admin"],
  },
  // Where the door's script sends its taps (JSON); it has no loader, so nobody GETs it.
  "$lang.coordination.events.$eventId_.check-in_.taps": {
    path: `/en/coordination/events/${eventId}/check-in/taps`,
    params: { ...lang, eventId },
    GET: [],
    POST: ["coordinator", "network admin"],
  },
  "$lang.coordination.events.$eventId_.badges[.pdf]": {
    path: `/en/coordination/events/${eventId}/badges.pdf`,
    params: { ...lang, eventId },
    GET: ["coordinator", "network admin"],
  },
  // The list as files (filtered as the page), and the overview with its figures as a file.
  "$lang.coordination.events.$eventId_.registrations[.csv]": {
    path: `/en/coordination/events/${eventId}/registrations.csv?status=confirmed`,
    params: { ...lang, eventId },
    GET: ["coordinator", "network admin"],
  },
  "$lang.coordination.events.$eventId_.registrations[.xlsx]": {
    path: `/en/coordination/events/${eventId}/registrations.xlsx?organisation=none`,
    params: { ...lang, eventId },
    GET: ["coordinator", "network admin"],
  },
  "$lang.coordination.events.$eventId_.overview": { path: `/en/coordination/events/${eventId}/overview`, params: { ...lang, eventId }, GET: ["coordinator", "network admin"] },
  "$lang.coordination.events.$eventId_.overview[.csv]": {
    path: `/en/coordination/events/${eventId}/overview.csv`,
    params: { ...lang, eventId },
    GET: ["coordinator", "network admin"],
  },
  "$lang.coordination.events.new": { path: "/en/coordination/events/new", params: lang, GET: ["coordinator", "network admin"], POST: ["coordinator", "network admin"] },
  "$lang.coordination.events.$eventId_.edit": {
    path: `/en/coordination/events/${eventId}/edit`,
    params: { ...lang, eventId },
    GET: ["coordinator", "network admin"],
    POST: ["coordinator", "network admin"],
  },
  // After an event: the certificate's public check, the feedback form from the mailed link
  // (the token is the key, as the delegate's), a delegate's certificate through their link.
  "$lang.events.certificates.$code": { path: `/en/events/certificates/${certificateCode}`, params: { ...lang, code: certificateCode }, GET: everyone },
  "$lang.events.feedback.$token": { path: `/en/events/feedback/${feedbackToken}`, params: { ...lang, token: feedbackToken }, GET: everyone, POST: everyone },
  "$lang.events.registration.$token_.certificate[.pdf]": {
    path: `/en/events/registration/${delegateToken}/certificate.pdf`,
    params: { ...lang, token: delegateToken },
    GET: everyone,
  },
  // Anyone signed in may ask; a registration that is not their own is a 404 to them.
  "$lang.account.registrations.$registrationId_.certificate[.pdf]": {
    path: `/en/account/registrations/${attendedRegistrationId}/certificate.pdf`,
    params: { ...lang, registrationId: attendedRegistrationId },
    GET: signedIn,
  },
  "$lang.account.registrations.$registrationId_.feedback": {
    path: `/en/account/registrations/${attendedRegistrationId}/feedback`,
    params: { ...lang, registrationId: attendedRegistrationId },
    GET: signedIn,
    POST: signedIn,
  },
  "$lang.coordination.events.$eventId_.feedback": {
    path: `/en/coordination/events/${pastEventId}/feedback`,
    params: { ...lang, eventId: pastEventId },
    GET: ["coordinator", "network admin"],
  },
  "$lang.organisations.$slug.events._index": { path: `/en/organisations/${slug}/events`, params: { ...lang, slug }, GET: ["organisation admin"] },
  "$lang.organisations.$slug.events.new": {
    path: `/en/organisations/${slug}/events/new`,
    params: { ...lang, slug },
    GET: ["organisation admin"],
    POST: ["organisation admin"],
  },
  "$lang.organisations.$slug.events.$eventId": {
    path: `/en/organisations/${slug}/events/${hostedDraftId}`,
    params: { ...lang, slug, eventId: hostedDraftId },
    GET: ["organisation admin"],
    POST: ["organisation admin"],
  },
  "$lang.events._index": { path: "/en/events", params: lang, GET: everyone },
  "$lang.events.$eventId": { path: `/en/events/${eventId}`, params: { ...lang, eventId }, GET: everyone },
  "$lang.events.$eventId_.calendar[.ics]": { path: `/en/events/${eventId}/calendar.ics`, params: { ...lang, eventId }, GET: everyone },
  // Published for the matrix event: each registrant's choice decides who sees them (participant-list.integration.test.ts).
  "$lang.events.$eventId_.participants": { path: `/en/events/${eventId}/participants`, params: { ...lang, eventId }, GET: everyone },
  "$lang.events.$eventId_.register": { path: `/en/events/${eventId}/register`, params: { ...lang, eventId }, GET: signedIn, POST: signedIn },
  // The token is the key: whoever holds the link may use it, signed in or not (a wrong one is a 404).
  "$lang.events.registration.$token": { path: `/en/events/registration/${delegateToken}`, params: { ...lang, token: delegateToken }, GET: everyone, POST: everyone },
  "$lang.organisations.$slug.events.$eventId_.group": {
    path: `/en/organisations/${slug}/events/${eventId}/group`,
    params: { ...lang, slug, eventId },
    GET: ["organisation admin"],
    POST: ["organisation admin"],
  },
  "$lang.organisations.$slug": {
    path: `/en/organisations/${slug}`,
    params: { ...lang, slug },
    GET: ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"],
  },
  "$lang.organisations.$slug.people": {
    path: `/en/organisations/${slug}/people`,
    params: { ...lang, slug },
    GET: ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"],
    POST: ["organisation admin", "network admin"],
  },
  "$lang.admin": { path: "/en/admin", params: lang, GET: ["network admin"] },
  "$lang.admin._index": { path: "/en/admin", params: lang, GET: ["network admin"] },
  "$lang.admin.people": { path: "/en/admin/people", params: lang, GET: ["network admin"], POST: ["network admin"] },
  "$lang.admin.audit": { path: "/en/admin/audit", params: lang, GET: ["network admin"] },
  "$lang.apply": { path: "/en/apply", params: lang, GET: everyone, POST: signedIn },
  "$lang.charter_.signatures.$id": { path: "/en/charter/signatures/no-such-signature", params: { ...lang, id: "nosuchsignature" }, GET: everyone },
  "$lang.organisations.$slug._index": {
    path: `/en/organisations/${slug}`,
    params: { ...lang, slug },
    GET: ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"],
    POST: ["coordinator", "network admin"],
  },
  "$lang.organisations.$slug.charter": {
    path: `/en/organisations/${slug}/charter`,
    params: { ...lang, slug },
    GET: ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"],
    POST: ["signatory"],
  },
  "$lang.coordination": { path: "/en/coordination", params: lang, GET: ["coordinator", "network admin"] },
  "$lang.coordination._index": { path: "/en/coordination", params: lang, GET: ["coordinator", "network admin"] },
  "$lang.coordination.applications._index": { path: "/en/coordination/applications", params: lang, GET: ["coordinator", "network admin"] },
  "$lang.coordination.applications.$id": {
    path: "/en/coordination/applications/nosuchapplication",
    params: { ...lang, id: "nosuchapplication" },
    GET: ["coordinator", "network admin"],
    POST: ["coordinator", "network admin"],
  },
  "$lang.coordination.charter": { path: "/en/coordination/charter", params: lang, GET: ["coordinator", "network admin"], POST: ["coordinator", "network admin"] },
  "$lang.admin.charter._index": { path: "/en/admin/charter", params: lang, GET: ["network admin"], POST: ["network admin"] },
  "$lang.admin.charter.$number": { path: "/en/admin/charter/999", params: { ...lang, number: "999" }, GET: ["network admin"], POST: ["network admin"] },
  "$lang.organisations.$slug.experts": {
    path: `/en/organisations/${slug}/experts`,
    params: { ...lang, slug },
    GET: ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"],
    POST: ["organisation editor", "organisation admin", "network admin"],
  },
  "$lang.coordination.experts": { path: "/en/coordination/experts", params: lang, GET: ["coordinator", "network admin"] },
  "$lang.organisations.$slug.twinning._index": {
    path: `/en/organisations/${slug}/twinning`,
    params: { ...lang, slug },
    GET: ["organisation editor", "organisation admin", "network admin"],
    POST: ["organisation editor", "organisation admin", "network admin"],
  },
  "$lang.coordination.twinning._index": { path: "/en/coordination/twinning", params: lang, GET: ["coordinator", "network admin"], POST: ["coordinator", "network admin"] },
  "$lang.coordination.themes": { path: "/en/coordination/themes", params: lang, GET: ["coordinator", "network admin"], POST: ["coordinator", "network admin"] },
  "$lang.coordination.glossary": { path: "/en/coordination/glossary", params: lang, GET: ["coordinator", "network admin"], POST: ["coordinator", "network admin"] },
  "$lang.glossary": { path: "/en/glossary", params: lang, GET: everyone },
  "$lang.organisations.$slug.profile": {
    path: `/en/organisations/${slug}/profile`,
    params: { ...lang, slug },
    GET: ["organisation editor", "organisation admin", "network admin"],
    POST: ["organisation editor", "organisation admin", "network admin"],
  },
  "$lang.organisations.$slug.library._index": {
    path: `/en/organisations/${slug}/library`,
    params: { ...lang, slug },
    GET: ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"],
  },
  "$lang.organisations.$slug.library.new": {
    path: `/en/organisations/${slug}/library/new`,
    params: { ...lang, slug },
    GET: ["organisation editor", "organisation admin"],
    POST: ["organisation editor", "organisation admin"],
  },
  "$lang.organisations.$slug.library.$entryId": {
    path: `/en/organisations/${slug}/library/nosuchentry`,
    params: { ...lang, slug, entryId: "nosuchentry" },
    GET: ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"],
    // Editors and admins write; coordinators archive and bring back.
    POST: ["organisation editor", "organisation admin", "coordinator", "network admin"],
  },
  "$lang.coordination.library._index": { path: "/en/coordination/library", params: lang, GET: ["coordinator", "network admin"] },
  "$lang.coordination.library.$revisionId": {
    path: "/en/coordination/library/nosuchrevision",
    params: { ...lang, revisionId: "nosuchrevision" },
    GET: ["coordinator", "network admin"],
    POST: ["coordinator", "network admin"],
  },
  "$lang.organisations.$slug.library.$entryId_.machine-translation": {
    path: `/en/organisations/${slug}/library/nosuchentry/machine-translation`,
    params: { ...lang, slug, entryId: "nosuchentry" },
    GET: ["organisation editor", "organisation admin"],
    POST: ["organisation editor", "organisation admin"],
  },
  "$lang.organisations.$slug.library_.$entryId.attachments": {
    path: `/en/organisations/${slug}/library/nosuchentry/attachments`,
    params: { ...lang, slug, entryId: "nosuchentry" },
    GET: ["organisation editor", "organisation admin"],
    POST: ["organisation editor", "organisation admin"],
  },
  "$lang.library.feed[.xml]": { path: "/en/library/feed.xml", params: lang, GET: everyone },
  "library.files.$attachmentId": { path: "/library/files/nosuchattachment", params: { attachmentId: "nosuchattachment" }, GET: everyone },
  "sitemap[.xml]": { path: "/sitemap.xml", params: {}, GET: everyone },
  "robots[.txt]": { path: "/robots.txt", params: {}, GET: everyone },
  // The matrix organisation's entry: published (revision 1) and being revised (revision 2, a draft).
  "$lang.library.$entryId._index": { path: `/en/library/${entryId}`, params: { ...lang, entryId }, GET: everyone },
  "$lang.library.$entryId.revisions._index": { path: `/en/library/${entryId}/revisions`, params: { ...lang, entryId }, GET: everyone },
  "$lang.library.$entryId.revisions.$number": {
    path: `/en/library/${entryId}/revisions/1`,
    params: { ...lang, entryId, number: "1" },
    GET: everyone,
  },
  "$lang.organisations.$slug.library_.$entryId.translations._index": {
    path: `/en/organisations/${slug}/library/${entryId}/translations`,
    params: { ...lang, slug, entryId },
    GET: ["organisation editor", "organisation admin"],
  },
  "$lang.organisations.$slug.library_.$entryId.translations.$language": {
    path: `/en/organisations/${slug}/library/${entryId}/translations/fr`,
    params: { ...lang, slug, entryId, language: "fr" },
    GET: ["organisation editor", "organisation admin"],
    POST: ["organisation editor", "organisation admin"],
  },
  // An agreement's pages: its parties' people (agreements:view) and the coordinators; its
  // writers and the coordinators comment. Another organisation's admin is refused by the
  // organisation in the address (403) and gets a 404 through their own (agreement-record tests).
  "$lang.organisations.$slug.twinning_.agreements_.$agreementId_.history": {
    path: `/en/organisations/${slug}/twinning/agreements/${agreementId}/history?from=1&to=1`,
    params: { ...lang, slug, agreementId },
    GET: ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"],
  },
  "$lang.organisations.$slug.twinning_.agreements_.$agreementId_.comments": {
    path: `/en/organisations/${slug}/twinning/agreements/${agreementId}/comments`,
    params: { ...lang, slug, agreementId },
    GET: ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"],
    POST: ["organisation editor", "organisation admin", "coordinator", "network admin"],
  },
  "$lang.organisations.$slug.twinning_.agreements_.$agreementId_.agreement[.pdf]": {
    path: `/en/organisations/${slug}/twinning/agreements/${agreementId}/agreement.pdf`,
    params: { ...lang, slug, agreementId },
    GET: ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"],
  },
  // Public, as the Charter's check: the text only to the parties and coordinators (the route says why).
  "$lang.twinning_.signatures.$signatureId": {
    path: `/en/twinning/signatures/${agreementSignatureId}`,
    params: { ...lang, signatureId: agreementSignatureId },
    GET: everyone,
  },
  "$lang.twinning._index": { path: "/en/twinning", params: lang, GET: everyone },
  "$lang.organisations.$slug.twinning_.agreements_.$agreementId_.exchanges._index": {
    path: `/en/organisations/${slug}/twinning/agreements/${agreementId}/exchanges`,
    params: agreementParams,
    GET: agreementReaders,
  },
  "$lang.organisations.$slug.twinning_.agreements_.$agreementId_.exchanges.new": {
    path: `/en/organisations/${slug}/twinning/agreements/${agreementId}/exchanges/new`,
    params: agreementParams,
    GET: agreementWriters,
    POST: agreementWriters,
  },
  "$lang.organisations.$slug.twinning_.agreements_.$agreementId_.exchanges.$exchangeId": {
    path: `/en/organisations/${slug}/twinning/agreements/${agreementId}/exchanges/${exchangeId}`,
    params: { ...agreementParams, exchangeId },
    GET: agreementReaders,
    // Both sides' admins and editors move it and report; coordinators follow it.
    POST: agreementWriters,
  },
  // Participants' certificates, for the organisations' admins.
  "$lang.organisations.$slug.twinning_.agreements_.$agreementId_.exchanges.$exchangeId_.certificate.$userId": {
    path: `/en/organisations/${slug}/twinning/agreements/${agreementId}/exchanges/${exchangeId}/certificate/${exchangeParticipantId}`,
    params: { ...agreementParams, exchangeId, userId: exchangeParticipantId },
    GET: ["organisation admin", "network admin"],
  },
  "$lang.account.exchanges._index": { path: "/en/account/exchanges", params: lang, GET: signedIn },
  // Anyone signed in may ask; a certificate that is not their own is a 404 to them.
  "$lang.account.exchanges.$exchangeId.certificate": {
    path: `/en/account/exchanges/${exchangeId}/certificate`,
    params: { ...lang, exchangeId },
    GET: signedIn,
  },
  "$lang.organisations.$slug.twinning.agreements._index": {
    path: `/en/organisations/${slug}/twinning/agreements`,
    params: { ...lang, slug },
    GET: ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"],
  },
  "$lang.organisations.$slug.twinning.agreements.new": {
    path: `/en/organisations/${slug}/twinning/agreements/new`,
    params: { ...lang, slug },
    GET: ["organisation editor", "organisation admin"],
    POST: ["organisation editor", "organisation admin"],
  },
  "$lang.organisations.$slug.twinning.agreements.$agreementId._index": {
    path: `/en/organisations/${slug}/twinning/agreements/${agreementId}`,
    params: { ...lang, slug, agreementId },
    GET: ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"],
    // Anyone who may read it may post; each intent then asks for its own permission
    // (write, sign, sign for the network) and refuses the others with a message.
    POST: ["organisation member", "organisation editor", "organisation admin", "signatory", "coordinator", "network admin"],
  },
  "$lang.organisations.$slug.twinning.agreements.$agreementId.revise": {
    path: `/en/organisations/${slug}/twinning/agreements/${agreementId}/revise`,
    params: { ...lang, slug, agreementId },
    GET: ["organisation editor", "organisation admin"],
    POST: ["organisation editor", "organisation admin"],
  },
  "$lang.coordination.agreements": { path: "/en/coordination/agreements", params: lang, GET: ["coordinator", "network admin"] },
  "logos.$file": { path: `/logos/${"0".repeat(32)}.webp`, params: { file: `${"0".repeat(32)}.webp` }, GET: everyone },
};

const routesDir = path.resolve("app/routes");
/** Every route file, by the name the matrix uses. */
export const routeFiles = fs
  .readdirSync(routesDir)
  .filter((file) => /\.(tsx?|jsx?)$/.test(file) && !/\.test\./.test(file))
  .map((file) => file.replace(/\.(tsx?|jsx?)$/, ""));

/** May `persona` use a route with this access? */
export const mayUse = (access: Access | undefined, persona: Persona) => access === everyone || Boolean(access?.includes(persona));

/** One person of each persona (the visitor is nobody), in the matrix's organisation and another one. */
export async function createPersonas(prisma: PrismaClient): Promise<Map<Persona, string>> {
  const organisation = await createOrganisation(prisma, { slug });
  const { entry } = await createLibraryEntry(prisma, organisation.id, {
    id: entryId,
    texts: { title: "Matrix entry", summary: "A summary.", body: "A *body*." },
    translations: [{ language: "fr", origin: "machine", texts: { title: "Fiche de la matrice" } }],
  });
  await addRevision(prisma, entry, 2, { status: "draft", texts: { title: "Matrix entry, revised", summary: "A summary.", body: "A body." } });
  const other = await createOrganisation(prisma);
  const memberOf = async (organisationId: string, role: "admin" | "editor" | "member", signatory = false) => {
    const person = await createPerson(prisma);
    await prisma.organisationMembership.create({ data: { organisationId, userId: person.id, role, signatory } });
    return person;
  };
  const people: Record<Exclude<Persona, "visitor">, { id: string }> = {
    person: await createPerson(prisma),
    "organisation member": await memberOf(organisation.id, "member"),
    "organisation editor": await memberOf(organisation.id, "editor"),
    "organisation admin": await memberOf(organisation.id, "admin"),
    signatory: await memberOf(organisation.id, "member", true),
    "admin of another organisation": await memberOf(other.id, "admin"),
    coordinator: await createPerson(prisma, { networkRole: "coordinator" }),
    "network admin": await createPerson(prisma, { networkRole: "network_admin" }),
  };
  const event = await createEvent(prisma, { id: eventId, capacity: 5, participantListPublished: true }, { title: "Matrix school" });
  await prisma.eventQuestion.create({
    data: { eventId: event.id, position: 1, kind: "choice", required: true, choiceKeys: ["a", "b"], texts: { create: { language: "en", label: "Which visit?", choiceLabels: ["A", "B"] } } },
  });
  // A follow-up question, so the confirmed registration's page renders its follow-up form.
  await prisma.eventQuestion.create({
    data: { eventId: event.id, position: 2, kind: "date", required: true, stage: "follow_up", texts: { create: { language: "en", label: "Day of arrival" } } },
  });
  await createEvent(prisma, { id: hostedDraftId, status: "draft", publishedAt: null, hostOrganisationId: organisation.id }, { title: "Matrix draft" });
  await prisma.registration.create({ data: { id: registrationId, eventId: event.id, personId: people.person.id, status: "confirmed", registeredById: people.person.id } });
  const group = await prisma.registrationGroup.create({ data: { eventId: event.id, organisationId: organisation.id, registeredById: people["organisation admin"].id } });
  await prisma.registration.create({
    data: {
      eventId: event.id,
      organisationId: organisation.id,
      groupId: group.id,
      status: "confirmed",
      delegateName: "Matrix delegate",
      delegateEmail: "matrix-delegate@example.org",
      completionTokenHash: tokenHash(delegateToken),
      registeredById: people["organisation admin"].id,
    },
  });
  const now = Date.now();
  const day = 86_400_000;
  await createEvent(
    prisma,
    { id: pastEventId, startsAt: new Date(now - 3 * day), endsAt: new Date(now - day), registrationOpensAt: new Date(now - 30 * day), registrationClosesAt: new Date(now - 5 * day) },
    { title: "Matrix past school" },
  );
  await prisma.registration.create({
    data: { id: attendedRegistrationId, eventId: pastEventId, personId: people.person.id, status: "attended", registeredById: people.person.id, certificateCode, feedbackTokenHash: tokenHash(feedbackToken) },
  });
  await prisma.eventFeedback.create({ data: { eventId: pastEventId, language: "fr", overall: 4, content: 5, organisation: 3, comment: "Très utile." } });
  const twinning = await createActiveAgreement(prisma, {}, {}, { organisationA: organisation, agreementId });
  await signAgreementFor(prisma, { agreementId, signatureId: agreementSignatureId, party: "a", organisationId: organisation.id });
  await prisma.agreementComment.create({ data: { agreementId, organisationId: organisation.id, body: "A first comment." } });
  const participant = await prisma.user.create({ data: { id: exchangeParticipantId, email: "matrix-participant@example.org", name: "Matrix participant", preferredLanguage: "fr" } });
  await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: participant.id, role: "member" } });
  await prisma.staffExchange.create({
    data: {
      id: exchangeId,
      agreementId,
      hostOrganisationId: twinning.b.organisation.id,
      sendingOrganisationId: organisation.id,
      startsOn: new Date("2027-03-08T00:00:00.000Z"),
      endsOn: new Date("2027-03-12T00:00:00.000Z"),
      objectives: "Learn from the night team.",
      language: "en",
      status: "completed",
      participants: { create: { userId: participant.id } },
    },
  });
  return new Map(Object.entries(people).map(([persona, person]) => [persona as Persona, person.id]));
}
