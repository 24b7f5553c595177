// The network's glossary: one agreed word per language for each term of the field, so the
// interface, the emails and (later) the library's network glossary, seeded from this list,
// say the same thing. It started from the translation review of December 2026
// (shared/reviews/translations-2026-12.md); a `note` says why a choice differs from it or
// what it must not be confused with. tests/unit/glossary.test.ts holds every locale file
// to it: wherever English uses a term marked `everyUse`, the translation uses the agreed
// word (or one of its `forms`), and no string uses a variant listed in `avoid`.
import type { Language } from "~/utils/languages";

export type AvoidedVariant = {
  /** Matched case-insensitively inside a string. */
  text: string;
  reason: string;
  /**
   * The variant is right elsewhere (es "apoyo mutuo" names mutual-aid groups) and wrong
   * only where the English string uses this entry's term.
   */
  onlyWhereEnglishSays?: true;
};

export type GlossaryWord = {
  /** The agreed word, as it appears in running text. */
  term: string;
  /** Inflected or compound forms that also count as the agreed word. */
  forms?: readonly string[];
  note?: string;
  avoid?: readonly AvoidedVariant[];
};

export type GlossaryEntry = {
  id: string;
  /** Wherever the English text says `en.term`, the translation says the agreed word. */
  everyUse: boolean;
} & Record<Language, GlossaryWord>;

export const glossary: readonly GlossaryEntry[] = [
  {
    id: "network-name",
    everyUse: true,
    en: { term: "Community Mental Health Network", note: "The network's proper name." },
    fr: { term: "Réseau de santé mentale communautaire" },
    it: { term: "Rete per la salute mentale di comunità" },
    es: { term: "Red de Salud Mental Comunitaria", note: "Capitalised as the name of an organisation." },
    sv: {
      term: "Nätverket för psykisk hälsa i samhället",
      note: "The network's Swedish name, kept as a proper name although running text says “samhällsbaserat arbete med psykisk hälsa” (the review: leave the site name alone if it is the official name).",
    },
  },
  {
    id: "community-mental-health",
    everyUse: true,
    en: { term: "community mental health" },
    fr: { term: "santé mentale communautaire", note: "“Psychiatrie dans la cité” is also heard, for services." },
    it: { term: "salute mentale di comunità" },
    es: { term: "salud mental comunitaria" },
    sv: {
      term: "samhällsbaserat arbete med psykisk hälsa",
      note: "Covers peer and family organisations too; “samhällsbaserad psykiatri” only for psychiatric services.",
      avoid: [
        { text: "samhällsbaserad psykisk hälsa", reason: "one of four names for the same thing; the glossary keeps one" },
        { text: "samhällsbaserad psykiatri", reason: "names psychiatric services only, not the whole field" },
        { text: "psykisk hälsa i samhället", reason: "only inside the network's proper name" },
      ],
    },
  },
  {
    id: "charter",
    everyUse: true,
    en: { term: "Charter of Purpose and Action" },
    fr: { term: "Charte d'objectifs et d'action" },
    it: {
      term: "Carta degli scopi e delle azioni",
      note: "Kept as it is used in all six places; the review finds “dell'azione” only optional.",
    },
    es: { term: "Carta de propósitos y acción" },
    sv: {
      term: "stadgan om syfte och handling",
      forms: ["stadga om syfte och handling"],
      note: "“om”, as in EU:s stadga om de grundläggande rättigheterna; the short form is “stadgan”, in lower case.",
      avoid: [
        { text: "stadga för syfte", reason: "“stadga för…” reads as an association's bylaws (stadgar)" },
        { text: "stadgan för syfte", reason: "“stadga för…” reads as an association's bylaws (stadgar)" },
      ],
    },
  },
  {
    id: "signatory",
    everyUse: false,
    en: { term: "signatory", note: "A person the organisation allows to sign the Charter and agreements for it." },
    fr: { term: "signataire" },
    it: {
      term: "persona con potere di firma",
      forms: ["potere di firma"],
      note: "Not “firmatario”, which is masculine only; “chi ha potere di firma” in running text.",
    },
    es: { term: "firmante" },
    sv: {
      term: "firmatecknare",
      note: "Kept: the signatory commits the organisation to the Charter and to agreements, which is what a firmatecknare does.",
    },
  },
  {
    id: "coordinator",
    everyUse: false,
    en: { term: "coordinator", note: "In running text, the team: “the network's coordinators”." },
    fr: {
      term: "coordinateur / coordinatrice",
      note: "In running text, “l'équipe de coordination”, which has no gender.",
      avoid: [{ text: "un coordinateur", reason: "one person of either gender: “l'équipe de coordination”" }],
    },
    it: {
      term: "coordinatore / coordinatrice",
      note: "In running text, “il coordinamento della rete”.",
      avoid: [{ text: "un coordinatore", reason: "one person of either gender: “il coordinamento della rete”" }],
    },
    es: {
      term: "coordinador / coordinadora",
      note: "In running text, “el equipo de coordinación”.",
      avoid: [{ text: "un coordinador", reason: "one person of either gender: “el equipo de coordinación”" }],
    },
    sv: { term: "samordnare" },
  },
  {
    id: "admin",
    everyUse: false,
    en: { term: "admin", note: "A person who administers an organisation (or, network admin, the network)." },
    fr: {
      term: "administrateur / administratrice",
      note: "In running text, “une personne qui l'administre”.",
      avoid: [{ text: "un administrateur", reason: "one person of either gender: “une personne qui l'administre”" }],
    },
    it: {
      term: "amministratore / amministratrice",
      note: "In running text, “chi amministra”, “una persona che la amministri”.",
      avoid: [{ text: "un amministratore", reason: "one person of either gender: “chi amministra”" }],
    },
    es: {
      term: "administrador / administradora",
      note: "In running text, “una persona que la administre”.",
      avoid: [{ text: "un administrador", reason: "one person of either gender: “una persona que la administre”" }],
    },
    sv: { term: "administratör" },
  },
  {
    id: "peer-support",
    everyUse: true,
    en: { term: "peer support" },
    fr: { term: "pair-aidance" },
    it: { term: "supporto tra pari", note: "Peer workers: ESP, esperti in supporto tra pari." },
    es: {
      term: "apoyo entre iguales",
      note: "The usage of Spain, where the network's founder in Asturias works; “apoyo entre pares” is Latin American.",
      avoid: [
        { text: "apoyo entre pares", reason: "the Latin American variant; the portal writes for Spain, in one register" },
        { text: "apoyo mutuo", reason: "names mutual-aid groups, not the practice of peer support", onlyWhereEnglishSays: true },
      ],
    },
    sv: { term: "kamratstöd" },
  },
  {
    id: "peer-led",
    everyUse: false,
    en: { term: "peer-led group" },
    fr: { term: "groupe animé par des pairs", note: "In France also GEM, groupe d'entraide mutuelle; “pair-aidance” is the practice." },
    it: { term: "gruppo di auto mutuo aiuto" },
    es: { term: "grupo de apoyo mutuo" },
    sv: { term: "brukarledd grupp" },
  },
  {
    id: "recovery",
    everyUse: true,
    en: { term: "recovery" },
    fr: { term: "rétablissement" },
    it: { term: "recovery", note: "Kept in English, as Italian practice does." },
    es: { term: "recuperación" },
    sv: { term: "återhämtning" },
  },
  {
    id: "hearing-voices",
    everyUse: true,
    en: { term: "hearing voices" },
    fr: { term: "entente de voix", note: "The topic, as the Réseau sur l'entente de voix (REV France) says; the people are “entendeurs de voix”." },
    it: { term: "udire le voci", note: "The topic; the people are “uditori di voci” (Rete Italiana Noi e le Voci)." },
    es: { term: "escuchar voces", note: "The topic; the people are “escuchadores de voces”." },
    sv: {
      term: "att höra röster",
      note: "The people are “rösthörare”.",
      avoid: [{ text: "röstbärare", reason: "means a spokesperson, not someone who hears voices" }],
    },
  },
  {
    id: "deinstitutionalisation",
    everyUse: true,
    en: { term: "deinstitutionalisation" },
    fr: { term: "désinstitutionnalisation" },
    it: { term: "deistituzionalizzazione" },
    es: { term: "desinstitucionalización" },
    sv: { term: "avinstitutionalisering" },
  },
  {
    id: "service-user",
    everyUse: false,
    en: { term: "service user" },
    fr: { term: "usager / usagère des services" },
    it: { term: "utente dei servizi" },
    es: { term: "persona usuaria" },
    sv: { term: "brukare" },
  },
  {
    id: "lived-experience",
    everyUse: true,
    en: { term: "lived experience" },
    fr: { term: "personnes concernées", note: "Or “savoir expérientiel” for the knowledge itself." },
    it: { term: "esperienza vissuta" },
    es: { term: "experiencia propia" },
    sv: { term: "egen erfarenhet" },
  },
  {
    id: "expertise",
    everyUse: true,
    en: { term: "expertise" },
    fr: { term: "expertise" },
    it: {
      term: "competenze",
      note: "Never “esperienza”, which is the portal's word for lived experience.",
      avoid: [{ text: "esperienza", reason: "collides with “esperienza vissuta” (lived experience)", onlyWhereEnglishSays: true }],
    },
    es: {
      term: "conocimientos",
      note: "“conocimientos especializados” where it must be explicit; never “experiencia”.",
      avoid: [{ text: "experiencia", reason: "collides with “experiencia propia” (lived experience)", onlyWhereEnglishSays: true }],
    },
    sv: { term: "expertis" },
  },
  {
    id: "carers",
    everyUse: true,
    en: { term: "carers" },
    fr: { term: "proches aidants" },
    it: { term: "caregiver", note: "“familiari e caregiver”, the loanword is usual in Italian." },
    es: {
      term: "personas cuidadoras",
      note: "The inclusive form, as the portal already says “personas usuarias”.",
      avoid: [{ text: "y cuidadores", reason: "masculine generic; the portal says “personas cuidadoras”" }],
    },
    sv: { term: "anhöriga", forms: ["anhörig"] },
  },
  {
    id: "advocacy",
    everyUse: true,
    en: { term: "advocacy" },
    fr: { term: "plaidoyer" },
    it: { term: "tutela dei diritti", note: "As a theme: “Advocacy e tutela dei diritti”, the English word alone is not enough." },
    es: { term: "defensa de derechos" },
    sv: {
      term: "påverkansarbete",
      avoid: [{ text: "intressepolitik", reason: "means interest-group politics" }],
    },
  },
  {
    id: "job-title",
    everyUse: false,
    en: { term: "job title", note: "A signatory's position in the organisation; not a portal role (admin, editor, member)." },
    fr: { term: "fonction" },
    it: {
      term: "qualifica",
      avoid: [{ text: "il tuo ruolo", reason: "“ruolo” is the portal's word for admin, editor and member" }],
    },
    es: { term: "cargo" },
    sv: {
      term: "befattning",
      avoid: [{ text: "din titel", reason: "the glossary says “befattning”, as the profile does" }],
    },
  },
  {
    id: "sign",
    everyUse: false,
    en: { term: "sign (the Charter, an agreement)" },
    fr: { term: "signer" },
    it: { term: "firmare" },
    es: { term: "firmar" },
    sv: {
      term: "skriva under",
      note: "“underteckna” is right too, but the portal says “skriva under” in 38 places: one word, not two.",
      avoid: [{ text: "underteckn", reason: "the portal says “skriva under”" }],
    },
  },
  {
    id: "withdraw-signature",
    everyUse: false,
    en: { term: "withdraw a signature" },
    fr: { term: "retirer la signature" },
    it: { term: "ritirare la firma" },
    es: { term: "retirar la firma" },
    sv: {
      term: "återkalla underskriften",
      note: "återkalla / återkallelse throughout.",
      avoid: [
        { text: "dra tillbaka", reason: "the portal says “återkalla”" },
        { text: "dras tillbaka", reason: "the portal says “återkalla”" },
        { text: "tillbakadragande", reason: "clumsy; the portal says “återkallelse”" },
      ],
    },
  },
  {
    id: "twinning",
    everyUse: true,
    en: { term: "twinning" },
    fr: { term: "jumelage" },
    it: { term: "gemellaggi", forms: ["gemellaggio"] },
    es: { term: "hermanamiento" },
    sv: {
      term: "partnerskap",
      note: "Loses some of the paired-exchange sense, but is understood; the review finds it acceptable.",
    },
  },
  {
    id: "co-production",
    everyUse: true,
    en: { term: "co-production" },
    fr: { term: "coproduction" },
    it: { term: "coproduzione" },
    es: { term: "coproducción" },
    sv: { term: "samskapande", note: "Also “samproduktion”." },
  },
];
