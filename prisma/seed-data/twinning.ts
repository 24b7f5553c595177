// The demo network's twinning agreements (issue 12; the profiles: twinning-profiles.ts), so a
// newcomer sees twinning alive (Lille and Trieste are left to twin in the end-to-end
// test, each offering what the other seeks); Trieste and
// Asturias have an active agreement with a completed staff exchange reported by both
// sides; Stockholm and Cornwall an active one; Asturias and Cavan-Monaghan one under
// revision, signed by both organisations on its second revision and awaiting the network's
// signature. Told in our own words after the network's public texts (shared/seeds). Dates
// are counted from the day the seed runs.
import type { Language } from "~/utils/languages";

export type DemoAgreementText = { title: string; objectives: string };

export type DemoRevision = {
  /** Which side wrote it. */
  author: "a" | "b";
  themes: string[];
  exchangesAToB: number;
  exchangesBToA: number;
  groupSizeCap: number;
  originalLanguage: Language;
  texts: Partial<Record<Language, DemoAgreementText>>;
};

export type DemoAgreement = {
  a: string;
  b: string;
  /** Months from the seed's day: negative for an agreement already running. */
  startsInMonths: number;
  lastsMonths: number;
  revisions: DemoRevision[];
  /** Who signs the last revision: all three make it agreed (then active from its start). */
  signedBy: ("a" | "b" | "network")[];
  exchange?: DemoExchange;
};

export type DemoExchange = {
  host: "a" | "b";
  /** Months from the seed's day (in the past: it has taken place). */
  startsInMonths: number;
  days: number;
  objectives: string;
  language: Language;
  reports: Record<"a" | "b", { language: Language; learned: string; willChange: string; willShare: string }>;
};

export const demoAgreements: DemoAgreement[] = [
  {
    a: "trieste-mental-health-department",
    b: "asturias-mental-health-services",
    startsInMonths: -10,
    lastsMonths: 36,
    signedBy: ["a", "b", "network"],
    revisions: [
      {
        author: "a",
        themes: ["deinstitutionalisation", "housing", "work-and-education"],
        exchangesAToB: 2,
        exchangesBToA: 2,
        groupSizeCap: 4,
        originalLanguage: "it",
        texts: {
          it: {
            title: "Gemellaggio Trieste–Asturie: abitare e lavoro dopo l’ospedale",
            objectives:
              "Imparare dalle Asturie come i programmi di abitazione con supporto accompagnano le persone fuori dalle strutture.\n\nCondividere con le Asturie l’esperienza triestina delle cooperative sociali di inserimento lavorativo.",
          },
          es: {
            title: "Hermanamiento Trieste–Asturias: vivienda y trabajo después del hospital",
            objectives:
              "Aprender de Asturias cómo los programas de vivienda con apoyo acompañan a las personas fuera de las instituciones.\n\nCompartir con Asturias la experiencia de Trieste con las cooperativas sociales de inserción laboral.",
          },
          en: {
            title: "Trieste–Asturias twinning: housing and work after hospital",
            objectives:
              "Learn from Asturias how supported housing programmes accompany people out of institutions.\n\nShare with Asturias Trieste's experience of social cooperatives that bring people into work.",
          },
        },
      },
    ],
    exchange: {
      host: "b",
      startsInMonths: -4,
      days: 5,
      language: "it",
      objectives: "Una settimana nei programmi di abitazione con supporto di Oviedo e Gijón: le visite a domicilio, il lavoro con i proprietari, il passaggio dalla struttura alla casa.",
      reports: {
        a: {
          language: "it",
          learned: "Un appartamento con supporto può essere la prima casa dopo anni di struttura, se l’équipe resta vicina nei primi mesi.",
          willChange: "Proporremo al Comune due appartamenti con supporto per le persone che lasciano le residenze.",
          willShare: "Un resoconto della visita per le équipe dei centri di salute mentale e un incontro del seminario mensile.",
        },
        b: {
          language: "es",
          learned: "Las cooperativas sociales de Trieste dan un trabajo de verdad, con contrato, a personas que nuestros servicios solo acompañaban en talleres.",
          willChange: "Estudiaremos con dos empresas de inserción de Oviedo una primera cooperativa de este tipo.",
          willShare: "Las notas de la visita, traducidas para los equipos de rehabilitación.",
        },
      },
    },
  },
  {
    a: "stockholm-mental-health-services",
    b: "cornwall-partnership-nhs-trust",
    startsInMonths: -3,
    lastsMonths: 24,
    signedBy: ["a", "b", "network"],
    revisions: [
      {
        author: "a",
        themes: ["co-production", "crisis-response", "families-and-carers"],
        exchangesAToB: 1,
        exchangesBToA: 1,
        groupSizeCap: 3,
        originalLanguage: "en",
        texts: {
          en: {
            title: "Stockholm–Cornwall twinning: co-production and crisis care",
            objectives: "Learn from Cornwall's crisis cafés and home treatment.\n\nShare Stockholm's co-production with families and carers.",
          },
          sv: {
            title: "Partnerskap Stockholm–Cornwall: samskapande och krisvård",
            objectives: "Lära av Cornwalls kriscaféer och hemsjukvård.\n\nDela Stockholms samskapande med anhöriga.",
          },
        },
      },
    ],
  },
  {
    a: "asturias-mental-health-services",
    b: "cavan-monaghan-mental-health-service",
    startsInMonths: 2,
    lastsMonths: 24,
    // Both organisations signed revision 2; the network has still to sign it.
    signedBy: ["a", "b"],
    revisions: [
      {
        author: "a",
        themes: ["housing", "crisis-response"],
        exchangesAToB: 1,
        exchangesBToA: 1,
        groupSizeCap: 4,
        originalLanguage: "es",
        texts: {
          es: {
            title: "Hermanamiento Asturias–Cavan-Monaghan: vivienda y crisis",
            objectives: "Aprender de Cavan-Monaghan su equipo de atención a la crisis en el domicilio.\n\nCompartir nuestros programas de vivienda con apoyo.",
          },
          en: {
            title: "Asturias–Cavan-Monaghan twinning: housing and crisis care",
            objectives: "Learn from Cavan-Monaghan's home-based crisis team.\n\nShare our supported housing programmes.",
          },
        },
      },
      {
        author: "b",
        themes: ["housing", "crisis-response", "co-production"],
        exchangesAToB: 1,
        exchangesBToA: 2,
        groupSizeCap: 3,
        originalLanguage: "es",
        texts: {
          es: {
            title: "Hermanamiento Asturias–Cavan-Monaghan: vivienda, crisis y coproducción",
            objectives:
              "Aprender de Cavan-Monaghan su equipo de atención a la crisis en el domicilio y su trabajo de coproducción con las personas usuarias.\n\nCompartir nuestros programas de vivienda con apoyo.",
          },
          en: {
            title: "Asturias–Cavan-Monaghan twinning: housing, crisis care and co-production",
            objectives:
              "Learn from Cavan-Monaghan's home-based crisis team and its co-production with service users.\n\nShare our supported housing programmes.",
          },
        },
      },
    ],
  },
];
