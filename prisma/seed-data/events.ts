// The demo network's events (issue 13), so a newcomer can try the events area at once: a
// Four Season international school hosted by the Trieste founder partner (application
// mode, nearly full, with places kept for the host's own people), the annual think-tank
// conference in Oviedo (first come, full, with people waiting), a past study visit in
// Stockholm with its attendees, and a symposium that Lille's admins have prepared and a
// coordinator has still to publish. Told in our own words after the network's public
// texts (shared/seeds): "Four Season International schools bring together a small group of
// people for an intensive residential shared learning experience focused on the work and
// practice of the host organisation", "an annual think tank conference", "short study
// visits". Dates are counted from the day the seed runs (prisma/seed-events.ts).
//
// Each text is written in the event's original language and translated into the other
// four, marked as library.ts marks them: `human` for a translation a person made,
// `machine` for one nobody has reviewed yet.
import type { EventQuestionKind, EventType, GroupPolicy, RegistrationMode, Season, TranslationOrigin } from "~/generated/prisma/enums";
import type { Language } from "~/utils/languages";

export type DemoEventText = {
  origin: TranslationOrigin;
  title: string;
  /** Markdown. */
  description: string;
  fee: string;
  codeOfConduct: string;
};

export type DemoQuestion = {
  /** Names the question in registrations' answers below. */
  key: string;
  kind: EventQuestionKind;
  required: boolean;
  choiceKeys?: string[];
  texts: Record<Language, { origin: TranslationOrigin; label: string; choiceLabels?: string[] }>;
};

/**
 * What becomes of a registration in the demo: first come, the event's own ledger decides
 * (confirmed while places remain, then waitlisted) and `outcome` says what the demo expects;
 * in application mode an organiser selects (`confirmed`) or declines the applicant, or
 * leaves them `applied`; for a past event, `attended` or `cancelled` before it.
 */
export type DemoOutcome = "confirmed" | "waitlisted" | "applied" | "declined" | "attended" | "cancelled";

export type DemoRegistration =
  | {
      /** A demo account's or a demo participant's address. */
      person: string;
      outcome: DemoOutcome;
      /** For the organisation they belong to (the default), or for themselves only. */
      forThemselves?: boolean;
      /** Application mode: why they want to come, in their own language. */
      motivation?: string;
      /** By question key; required questions not given here get the choices in turn. */
      answers?: Record<string, string>;
      listVisibility?: "nobody" | "participants" | "everyone";
    }
  | {
      /** The organisation whose admin (its signatory) registers the group. */
      group: string;
      outcome: "confirmed" | "waitlisted";
      delegates: { name: string; email: string }[];
    };

export type DemoEvent = {
  /** The seed finds its event again by host and type (titles may change, the season too). */
  key: "school" | "conference" | "studyVisit" | "symposium";
  type: EventType;
  hostSlug: string;
  /** The host's admin prepares the draft (a coordinator then publishes it, or not yet). */
  publish: boolean;
  originalLanguage: Language;
  venue: string;
  city: string;
  countryCode: string;
  timeZone: string;
  deliveryLanguages: string[];
  capacity: number;
  organisationCap: number | null;
  mode: RegistrationMode;
  groupPolicy: GroupPolicy;
  offerHours: number;
  /** The first day is the first `weekday` (1 Monday … 7 Sunday) on or after today + daysFromToday. */
  when: { daysFromToday: number; weekday: number; startTime: string; days: number; endTime: string };
  /** The window, in the venue's zone: opens at 09:00 that many days from today, closes at 23:59. */
  window: { opensDaysFromToday: number; closesDaysBeforeStart: number };
  /** Released at 00:00 in the venue's zone that many days before the start. */
  allotments: { organisationSlug: string | null; places: number; releasesDaysBeforeStart: number }[];
  /** International schools are named after their season, which follows from the dates. */
  texts: (season: Season | null) => Record<Language, DemoEventText>;
  questions: DemoQuestion[];
  /** In the order people register. */
  registrations: DemoRegistration[];
  /**
   * A past event's life after it: its programme's hours (on the certificates), its
   * participant list published for that many days after its end, and the feedback some
   * attendees gave through the form.
   */
  afterwards?: { programmeHours: number; participantListDays: number; feedback: DemoFeedback[] };
};

export type DemoFeedback = {
  person: string;
  language: Language;
  overall: number;
  content: number;
  organisation: number;
  comment: string;
  anonymous: boolean;
};

const nnbsp = "\u202f";
const nbsp = "\u00a0";

/** The network's code of conduct, the same at every event, with a line of the event's own. */
function codeOfConduct(language: Language, ownLine?: string) {
  const own = ownLine ? `\n- ${ownLine}` : "";
  switch (language) {
    case "en":
      return (
        "We meet as equals: staff, people with lived experience, families and managers learn from one another.\n\n" +
        "- Respect each person's story. What someone tells about their own life stays in the room unless they say otherwise.\n" +
        "- No photographs or recordings of anyone without their consent.\n" +
        "- No harassment or discrimination of any kind, in sessions, at meals or online.\n" +
        "- Speak so that everyone can follow: leave time for interpretation and for other languages.\n" +
        "- If something goes wrong, tell the organisers or the network's coordinators: they will listen in confidence and act." +
        own +
        "\n\nAnyone who breaks this code may be asked to leave the event."
      );
    case "fr":
      return (
        `Nous nous rencontrons d’égal à égal${nnbsp}: professionnels, personnes concernées, familles et responsables apprennent les uns des autres.\n\n` +
        "- Respectez l’histoire de chacun. Ce qu’une personne confie de sa propre vie reste entre nous, sauf si elle en décide autrement.\n" +
        "- Aucune photo ni aucun enregistrement d’une personne sans son accord.\n" +
        "- Aucun harcèlement ni aucune discrimination, en séance, aux repas comme en ligne.\n" +
        `- Parlez de façon à être compris de tous${nnbsp}: laissez le temps à l’interprétation et aux autres langues.\n` +
        `- En cas de problème, prévenez l’équipe organisatrice ou l’équipe de coordination du réseau${nnbsp}: elle vous écoutera en toute confidentialité et agira.` +
        own +
        "\n\nToute personne qui ne respecte pas ce code peut être invitée à quitter l’événement."
      );
    case "it":
      return (
        "Ci incontriamo alla pari: operatori, persone con esperienza vissuta, familiari e responsabili imparano gli uni dagli altri.\n\n" +
        "- Rispettate la storia di ciascuno. Quello che una persona racconta della propria vita resta tra noi, a meno che non decida diversamente.\n" +
        "- Nessuna foto né registrazione di una persona senza il suo consenso.\n" +
        "- Nessuna molestia né discriminazione, durante le sessioni, ai pasti o online.\n" +
        "- Parlate in modo che tutti possano seguire: lasciate tempo all'interpretariato e alle altre lingue.\n" +
        "- Se qualcosa non va, ditelo a chi organizza o al coordinamento della rete: vi ascolterà in modo riservato e interverrà." +
        own +
        "\n\nA chi non rispetta questo codice può essere chiesto di lasciare l'evento."
      );
    case "es":
      return (
        "Nos encontramos de igual a igual: profesionales, personas con experiencia propia, familias y responsables aprendemos unos de otros.\n\n" +
        "- Respete la historia de cada persona. Lo que alguien cuenta de su propia vida queda entre nosotros, salvo que esa persona decida otra cosa.\n" +
        "- Ninguna foto ni grabación de nadie sin su consentimiento.\n" +
        "- Ningún acoso ni discriminación, en las sesiones, en las comidas o en línea.\n" +
        "- Hable de manera que todo el mundo pueda seguirle: deje tiempo para la interpretación y para otras lenguas.\n" +
        "- Si algo va mal, dígaselo a la organización o al equipo de coordinación de la red: le escucharán con confidencialidad y actuarán." +
        own +
        "\n\nA quien no respete este código se le podrá pedir que abandone el evento."
      );
    case "sv":
      return (
        "Vi möts som jämlikar: personal, personer med egen erfarenhet, anhöriga och chefer lär av varandra.\n\n" +
        "- Respektera varje persons berättelse. Det någon berättar om sitt eget liv stannar i rummet, om hen inte säger något annat.\n" +
        "- Inga foton eller inspelningar av någon utan samtycke.\n" +
        "- Inga trakasserier eller diskriminering av något slag, varken under passen, vid måltiderna eller på nätet.\n" +
        "- Tala så att alla kan följa med: ge tid åt tolkningen och åt andra språk.\n" +
        "- Om något går fel, säg det till arrangörerna eller till nätverkets samordnare: de lyssnar i förtroende och agerar." +
        own +
        "\n\nDen som bryter mot uppförandekoden kan bli ombedd att lämna evenemanget."
      );
  }
}

/** Delegates of a group, with addresses at their organisation's demo domain. */
function delegates(domain: string, names: string[]) {
  return names.map((name) => ({
    name,
    email: `${name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z]+/g, ".")}@${domain}`,
  }));
}

// ---------------------------------------------------------------------------
// The Four Season school in Trieste
// ---------------------------------------------------------------------------

const schoolTitles: Record<Language, Record<Season, string>> = {
  it: {
    spring: "Scuola internazionale di primavera a Trieste: la porta aperta",
    summer: "Scuola internazionale d'estate a Trieste: la porta aperta",
    autumn: "Scuola internazionale d'autunno a Trieste: la porta aperta",
    winter: "Scuola internazionale d'inverno a Trieste: la porta aperta",
  },
  en: {
    spring: "International spring school in Trieste: the open door",
    summer: "International summer school in Trieste: the open door",
    autumn: "International autumn school in Trieste: the open door",
    winter: "International winter school in Trieste: the open door",
  },
  fr: {
    spring: `École internationale de printemps à Trieste${nnbsp}: la porte ouverte`,
    summer: `École internationale d’été à Trieste${nnbsp}: la porte ouverte`,
    autumn: `École internationale d’automne à Trieste${nnbsp}: la porte ouverte`,
    winter: `École internationale d’hiver à Trieste${nnbsp}: la porte ouverte`,
  },
  es: {
    spring: "Escuela internacional de primavera en Trieste: la puerta abierta",
    summer: "Escuela internacional de verano en Trieste: la puerta abierta",
    autumn: "Escuela internacional de otoño en Trieste: la puerta abierta",
    winter: "Escuela internacional de invierno en Trieste: la puerta abierta",
  },
  sv: {
    spring: "Internationell vårskola i Trieste: den öppna dörren",
    summer: "Internationell sommarskola i Trieste: den öppna dörren",
    autumn: "Internationell höstskola i Trieste: den öppna dörren",
    winter: "Internationell vinterskola i Trieste: den öppna dörren",
  },
};

const schoolOwnLine: Record<Language, string> = {
  en: "During the school we live under one roof: quiet after 23:00, and the evening circle is open to everyone but never compulsory.",
  fr: "Pendant l’école, nous vivons sous le même toit\u202f: silence après 23\u00a0h, et le cercle du soir est ouvert à tous sans jamais être obligatoire.",
  it: "Durante la scuola viviamo sotto lo stesso tetto: silenzio dopo le 23, e il cerchio serale è aperto a tutti ma mai obbligatorio.",
  es: "Durante la escuela vivimos bajo el mismo techo: silencio a partir de las 23:00, y el círculo de la noche está abierto a todos pero nunca es obligatorio.",
  sv: "Under skolan bor vi under samma tak: tyst efter klockan 23, och kvällscirkeln är öppen för alla men aldrig obligatorisk.",
};

const schoolTexts = (season: Season | null): Record<Language, DemoEventText> => {
  const s = season ?? "spring";
  return {
    it: {
      origin: "original",
      title: schoolTitles.it[s],
      description:
        "Le scuole internazionali delle quattro stagioni riuniscono un piccolo gruppo di persone per un'esperienza residenziale intensiva di apprendimento condiviso, costruita intorno al lavoro quotidiano di chi le ospita. Per cinque giorni, venti partecipanti da tutta la rete vivono e lavorano accanto alle équipe del Dipartimento di Salute Mentale di Trieste.\n\n" +
        "## Cosa faremo\n\n" +
        "- Le riunioni del mattino in un centro di salute mentale aperto 24 ore su 24\n" +
        "- Una visita a scelta: un centro di salute mentale, una cooperativa sociale o un progetto di abitare supportato\n" +
        "- Seminari con operatori, utenti dei servizi, familiari e associazioni\n" +
        "- Un cerchio serale di supporto tra pari, per chi lo desidera\n\n" +
        "## Per chi è\n\n" +
        "La scuola è pensata per operatori, persone con esperienza vissuta, familiari e responsabili di servizi che vogliono portare a casa idee concrete. Si lavora in italiano e in inglese, con interpretariato sussurrato quando serve.\n\n" +
        "## Come candidarsi\n\n" +
        "I posti sono venti: quattro sono riservati alle persone dei servizi triestini fino a due settimane prima dell'inizio. Nella candidatura raccontateci in poche righe perché volete partecipare e che cosa sperate di portare nel vostro lavoro: il coordinamento della rete sceglie i partecipanti e risponde a ciascuno.",
      fee: "450 € a persona, con vitto e alloggio per cinque notti in camera doppia. Per il personale delle organizzazioni socie in regola con la Carta: 350 €. Due borse di studio coprono la quota di persone con esperienza vissuta: chiedetele nella candidatura.",
      codeOfConduct: codeOfConduct("it", schoolOwnLine.it),
    },
    en: {
      origin: "human",
      title: schoolTitles.en[s],
      description:
        "The Four Season international schools bring a small group together for an intensive, residential shared-learning experience built around the everyday work of the host. For five days, twenty participants from across the network live and work alongside the teams of Trieste's Department of Mental Health.\n\n" +
        "## What we will do\n\n" +
        "- Morning meetings in a community mental health centre open around the clock\n" +
        "- A site visit of your choice: a mental health centre, a social cooperative or a supported housing project\n" +
        "- Seminars with staff, people who use services, families and local associations\n" +
        "- An evening peer support circle, for those who wish\n\n" +
        "## Who it is for\n\n" +
        "Staff, people with lived experience, families and service managers who want to take concrete ideas home. We work in Italian and English, with whispered interpretation when needed.\n\n" +
        "## How to apply\n\n" +
        "There are twenty places; four are kept for people from Trieste's own services until two weeks before the start. In your application, tell us in a few lines why you want to take part and what you hope to bring back to your work: the network's coordinators select the participants and answer everyone.",
      fee: "€450 per person, including full board and five nights in a shared twin room. Staff of member organisations in good standing with the Charter: €350. Two bursaries cover the fee for people with lived experience: ask for one in your application.",
      codeOfConduct: codeOfConduct("en", schoolOwnLine.en),
    },
    fr: {
      origin: "human",
      title: schoolTitles.fr[s],
      description:
        "Les écoles internationales des quatre saisons réunissent un petit groupe pour une expérience résidentielle intensive d’apprentissage partagé, construite autour du travail quotidien de l’organisation qui accueille. Pendant cinq jours, vingt personnes venues de tout le réseau vivent et travaillent aux côtés des équipes du Département de santé mentale de Trieste.\n\n" +
        "## Au programme\n\n" +
        "- Les réunions du matin dans un centre de santé mentale ouvert jour et nuit\n" +
        `- Une visite au choix${nnbsp}: un centre de santé mentale, une coopérative sociale ou un projet de logement accompagné\n` +
        "- Des séminaires avec des professionnels, des usagers des services, des familles et des associations\n" +
        "- Un cercle de pair-aidance en soirée, pour celles et ceux qui le souhaitent\n\n" +
        "## Pour qui\n\n" +
        "Professionnels, personnes concernées, familles et responsables de services qui veulent rapporter des idées concrètes. On travaille en italien et en anglais, avec une interprétation chuchotée si nécessaire.\n\n" +
        "## Comment candidater\n\n" +
        `Vingt places, dont quatre réservées aux personnes des services de Trieste jusqu’à deux semaines avant le début. Dans votre candidature, dites-nous en quelques lignes pourquoi vous voulez participer et ce que vous espérez rapporter dans votre travail${nnbsp}: l’équipe de coordination du réseau choisit les participants et répond à chacun.`,
      fee: `450${nbsp}€ par personne, pension complète et cinq nuits en chambre double comprises. Pour le personnel des organisations membres à jour de la Charte${nnbsp}: 350${nbsp}€. Deux bourses couvrent les frais de personnes concernées${nnbsp}: demandez-en une dans votre candidature.`,
      codeOfConduct: codeOfConduct("fr", schoolOwnLine.fr),
    },
    es: {
      origin: "machine",
      title: schoolTitles.es[s],
      description:
        "Las escuelas internacionales de las cuatro estaciones reúnen a un grupo pequeño para una experiencia residencial e intensiva de aprendizaje compartido, construida en torno al trabajo diario de la organización anfitriona. Durante cinco días, veinte personas de toda la red viven y trabajan junto a los equipos del Departamento de Salud Mental de Trieste.\n\n" +
        "## Qué haremos\n\n" +
        "- Las reuniones de la mañana en un centro de salud mental abierto las 24 horas\n" +
        "- Una visita a elegir: un centro de salud mental, una cooperativa social o un proyecto de vivienda con apoyo\n" +
        "- Seminarios con profesionales, personas usuarias, familias y asociaciones\n" +
        "- Un círculo de apoyo entre iguales por la noche, para quien lo desee\n\n" +
        "## Para quién\n\n" +
        "Profesionales, personas con experiencia propia, familias y responsables de servicios que quieran llevarse ideas concretas. Se trabaja en italiano y en inglés, con interpretación susurrada cuando haga falta.\n\n" +
        "## Cómo solicitar plaza\n\n" +
        "Hay veinte plazas; cuatro se reservan a las personas de los servicios de Trieste hasta dos semanas antes del inicio. En la solicitud, cuéntenos en pocas líneas por qué quiere participar y qué espera aportar a su trabajo: el equipo de coordinación de la red elige a los participantes y responde a cada persona.",
      fee: "450 € por persona, con pensión completa y cinco noches en habitación doble compartida. Para el personal de las organizaciones miembro al día con la Carta: 350 €. Dos becas cubren la cuota de personas con experiencia propia: solicite una en su candidatura.",
      codeOfConduct: codeOfConduct("es", schoolOwnLine.es),
    },
    sv: {
      origin: "machine",
      title: schoolTitles.sv[s],
      description:
        "De internationella fyrasäsongsskolorna samlar en liten grupp för en intensiv internatvecka av gemensamt lärande, byggd kring värdorganisationens vardagliga arbete. Under fem dagar bor och arbetar tjugo deltagare från hela nätverket sida vid sida med teamen på den psykiatriska förvaltningen i Trieste.\n\n" +
        "## Det här gör vi\n\n" +
        "- Morgonmötena på ett psykiatriskt öppenvårdscentrum som har öppet dygnet runt\n" +
        "- Ett studiebesök som du väljer själv: ett öppenvårdscentrum, ett socialt kooperativ eller ett boende med stöd\n" +
        "- Seminarier med personal, brukare, anhöriga och föreningar\n" +
        "- En kvällscirkel med kamratstöd, för den som vill\n\n" +
        "## För vem\n\n" +
        "Personal, personer med egen erfarenhet, anhöriga och verksamhetschefer som vill ta med sig konkreta idéer hem. Vi arbetar på italienska och engelska, med viskningstolkning vid behov.\n\n" +
        "## Så ansöker du\n\n" +
        "Det finns tjugo platser; fyra hålls för personer från Triestes egna verksamheter fram till två veckor före starten. Berätta i ansökan med några rader varför du vill delta och vad du hoppas ta med dig till ditt arbete: nätverkets samordnare väljer ut deltagarna och svarar alla.",
      fee: "450 euro per person, med helpension och fem nätter i delat dubbelrum. För personal i medlemsorganisationer som har skrivit under den gällande stadgan: 350 euro. Två stipendier täcker avgiften för personer med egen erfarenhet: fråga efter ett i din ansökan.",
      codeOfConduct: codeOfConduct("sv", schoolOwnLine.sv),
    },
  };
};

const school: DemoEvent = {
  key: "school",
  type: "international_school",
  hostSlug: "trieste-mental-health-department",
  publish: true,
  originalLanguage: "it",
  venue: "Parco culturale di San Giovanni, via Weiss 13",
  city: "Trieste",
  countryCode: "IT",
  timeZone: "Europe/Rome",
  deliveryLanguages: ["it", "en"],
  capacity: 20,
  organisationCap: null,
  mode: "application",
  groupPolicy: "together",
  offerHours: 48,
  when: { daysFromToday: 56, weekday: 1, startTime: "09:30", days: 5, endTime: "13:00" },
  window: { opensDaysFromToday: -21, closesDaysBeforeStart: 7 },
  allotments: [{ organisationSlug: "trieste-mental-health-department", places: 4, releasesDaysBeforeStart: 14 }],
  texts: schoolTexts,
  questions: [
    {
      key: "visit",
      kind: "choice",
      required: true,
      choiceKeys: ["centre", "cooperative", "housing"],
      texts: {
        it: {
          origin: "original",
          label: "Quale visita sceglieresti per il terzo giorno?",
          choiceLabels: ["Un centro di salute mentale aperto 24 ore su 24", "Una cooperativa sociale", "Un progetto di abitare supportato"],
        },
        en: {
          origin: "human",
          label: "Which site visit would you choose on the third day?",
          choiceLabels: ["A community mental health centre open around the clock", "A social cooperative", "A supported housing project"],
        },
        fr: {
          origin: "human",
          label: `Quelle visite choisiriez-vous le troisième jour${nnbsp}?`,
          choiceLabels: ["Un centre de santé mentale ouvert jour et nuit", "Une coopérative sociale", "Un projet de logement accompagné"],
        },
        es: {
          origin: "machine",
          label: "¿Qué visita elegiría el tercer día?",
          choiceLabels: ["Un centro de salud mental abierto las 24 horas", "Una cooperativa social", "Un proyecto de vivienda con apoyo"],
        },
        sv: {
          origin: "machine",
          label: "Vilket studiebesök väljer du den tredje dagen?",
          choiceLabels: ["Ett öppenvårdscentrum som har öppet dygnet runt", "Ett socialt kooperativ", "Ett boende med stöd"],
        },
      },
    },
    {
      key: "circle",
      kind: "yes_no",
      required: false,
      texts: {
        it: { origin: "original", label: "Parteciperai al cerchio serale di supporto tra pari?" },
        en: { origin: "human", label: "Will you take part in the evening peer support circle?" },
        fr: { origin: "human", label: `Participerez-vous au cercle de pair-aidance du soir${nnbsp}?` },
        es: { origin: "machine", label: "¿Participará en el círculo de apoyo entre iguales de la noche?" },
        sv: { origin: "machine", label: "Vill du vara med i kvällscirkeln med kamratstöd?" },
      },
    },
  ],
  // 17 selected (two of them on the host's places), 3 still to decide, 1 declined: with
  // the host's two unused places still kept, one place is left for anyone else.
  registrations: [
    {
      person: "trieste-editor@example.org",
      outcome: "confirmed",
      motivation:
        "Lavoro alla comunicazione del Dipartimento e vorrei vedere da vicino il lavoro delle équipe, insieme ai colleghi che arrivano da fuori, per raccontarlo meglio.",
      answers: { visit: "cooperative", circle: "yes" },
    },
    {
      person: "lorenza.furlan@trieste-dsm.example",
      outcome: "confirmed",
      motivation:
        "Sono infermiera in un centro di salute mentale da due anni. Vorrei confrontare il nostro modo di accogliere le persone in crisi con quello degli altri paesi della rete.",
      answers: { visit: "housing", circle: "yes" },
    },
    {
      person: "ana.sousa@caminhos-recuperacao.example",
      outcome: "confirmed",
      motivation: "Trabajo en el apoyo entre iguales en Oporto y quiero conocer cómo se organiza la acogida nocturna sin ingreso hospitalario.",
      answers: { circle: "yes" },
    },
    {
      person: "jonas.becker@gpv-auenland.example",
      outcome: "confirmed",
      motivation:
        "Our association is planning a crisis house in Leipzig. I want to learn how the Trieste centres keep their doors open at night and what that asks of the team.",
    },
    {
      person: "sanne.visser@herstelwerkplaats.example",
      outcome: "confirmed",
      motivation:
        "I am a peer worker with lived experience of psychiatric admission. I would like to bring back ideas on how peers and staff share responsibility in a centre open around the clock.",
      answers: { circle: "yes" },
    },
    {
      person: "julie.renard@rsm-meuse-ourthe.example",
      outcome: "confirmed",
      motivation: "Infirmière dans une équipe mobile, je voudrais comprendre comment Trieste articule le travail à domicile et l’accueil de nuit.",
    },
    {
      person: "elodie.favre@irsmc.example",
      outcome: "confirmed",
      motivation: `Je mène une recherche sur les alternatives à l’hospitalisation${nnbsp}; l’école me permettrait de rencontrer les équipes et les personnes qui vivent ces services au quotidien.`,
      answers: { circle: "no" },
    },
    {
      person: "dimitris.karagiannis@kyklos-mh.example",
      outcome: "confirmed",
      motivation: "I coordinate a small community team in Thessaloniki and we are trying to reduce admissions. I hope to learn practical ways of working with families.",
    },
    {
      person: "luka.babic@cpp-kvarner.example",
      outcome: "confirmed",
      motivation: "Rijeka is close to Trieste, but our services still rely on the hospital. I want to see what changed there, and how long it took.",
    },
    {
      person: "katarzyna.nowak@spps-pomorze.example",
      outcome: "confirmed",
      motivation: "As a community psychiatric nurse I would like to learn how home visits are organised around the clock, and share our experience from Pomerania.",
    },
    {
      person: "genevieve.tremblay@pairs-aidants-plateau.example",
      outcome: "confirmed",
      motivation: "Paire aidante depuis huit ans, je souhaite voir comment les coopératives sociales ouvrent l’accès au travail et rapporter ces idées au Québec.",
      answers: { visit: "cooperative", circle: "yes" },
    },
    {
      person: "camila.ribeiro@raps-serraverde.example",
      outcome: "confirmed",
      motivation: "En Brasil la reforma psiquiátrica se inspiró en Trieste. Quiero ver cómo funcionan hoy sus centros y compartir lo que hemos aprendido en nuestros CAPS.",
    },
    {
      person: "florencia.rios@saludmental-patagonianorte.example",
      outcome: "confirmed",
      motivation: "Río Negro cerró su hospital psiquiátrico hace décadas. Me gustaría comparar nuestra experiencia con la de Trieste y llevarme ideas sobre vivienda.",
      answers: { visit: "housing" },
    },
    {
      person: "liam.oconnor@harbour-peers.example",
      outcome: "confirmed",
      motivation: "I'd like to learn how a whole city organised its services around people's rights, and take that back to our peer-run services in Sydney.",
      answers: { circle: "yes" },
    },
    {
      person: "nomsa.dlamini@ubuntu-minds.example",
      outcome: "confirmed",
      motivation: "Our trust works in townships with very few services. I want to learn how a community centre can be the first door people knock on, not the last.",
    },
    {
      person: "carmen.ruiz@apto-andalucia.example",
      outcome: "confirmed",
      motivation: "Soy terapeuta ocupacional y me interesan especialmente las cooperativas sociales y el acompañamiento al empleo.",
      answers: { visit: "cooperative" },
    },
    {
      person: "maria.ek@psykiatrin-stockholm.example",
      outcome: "confirmed",
      motivation: "Jag arbetar i ett mobilt team i Stockholm och vill se hur Trieste kombinerar hembesök med korta vistelser på centrumen.",
      answers: { visit: "centre" },
    },
    {
      person: "emily.carter@gm-open-dialogue.example",
      outcome: "declined",
      motivation: "I train open dialogue teams in Vermont and would like to compare our network meetings with the way the Trieste teams work.",
    },
    {
      person: "matteo.cattaneo@voci-percorsi.example",
      outcome: "applied",
      motivation: "Sono un operatore tra pari in Ticino: vorrei portare nella nostra associazione l'esperienza dei gruppi di auto mutuo aiuto triestini.",
      answers: { circle: "yes" },
    },
    {
      person: "tomas.novotny@cdz-moravajih.example",
      outcome: "applied",
      motivation: "Our region is opening its first community mental health centres. I would like to learn from teams that have worked this way for decades.",
    },
    {
      person: "achieng.otieno@lakeside-peers.example",
      outcome: "applied",
      motivation: "I facilitate peer groups by Lake Victoria and would like to learn how peer support is built into public services.",
      answers: { circle: "yes" },
    },
  ],
};

// ---------------------------------------------------------------------------
// The annual think-tank conference in Oviedo
// ---------------------------------------------------------------------------

const conference: DemoEvent = {
  key: "conference",
  type: "conference",
  hostSlug: "asturias-mental-health-services",
  publish: true,
  originalLanguage: "es",
  venue: "Auditorio Príncipe Felipe, plaza de la Gesta",
  city: "Oviedo",
  countryCode: "ES",
  timeZone: "Europe/Madrid",
  deliveryLanguages: ["es", "en"],
  capacity: 60,
  organisationCap: null,
  mode: "first_come",
  groupPolicy: "together",
  offerHours: 48,
  when: { daysFromToday: 120, weekday: 4, startTime: "09:00", days: 2, endTime: "16:30" },
  window: { opensDaysFromToday: -30, closesDaysBeforeStart: 14 },
  allotments: [],
  texts: () => ({
    es: {
      origin: "original",
      title: "Conferencia anual de la red en Oviedo: toda la vida, todo el sistema",
      description:
        "Cada año, la red se reúne en una conferencia pensada como un laboratorio de ideas: pocas ponencias, mucho trabajo en grupos pequeños y tiempo para que profesionales, personas con experiencia propia, familias y responsables políticos piensen juntos. Este año nos acoge el Servicio de Salud Mental del Principado de Asturias, en Oviedo.\n\n" +
        "## El tema: toda la vida, todo el sistema\n\n" +
        "La recuperación no ocurre solo en la consulta. Ocurre en la vivienda, en el trabajo, en el barrio y en las relaciones. Durante dos días nos preguntaremos qué tiene que cambiar en un sistema de salud mental para acompañar la vida entera de las personas, y cómo lo están consiguiendo ya los miembros de la red.\n\n" +
        "## Programa\n\n" +
        "- **Primer día:** bienvenida, mesa redonda con personas usuarias y familias, y tres talleres en paralelo\n" +
        "- **Segundo día:** visitas a centros de salud mental comunitaria de Oviedo por la mañana y sesión final para acordar las preguntas que la red trabajará durante el año\n\n" +
        "Los talleres siguen tres líneas: *toda la vida, todo el sistema*; *la recuperación en la práctica*; y *desarrollo comunitario y planificación de la salud mental*. Habrá interpretación simultánea entre español e inglés.\n\n" +
        "## Plazas\n\n" +
        "Hay 60 plazas, por orden de inscripción. Cuando se completan, la inscripción sigue abierta como lista de espera: si alguien cancela, la plaza se ofrece enseguida a la primera persona de la lista, que tiene 48 horas para aceptarla.",
      fee: "180 € por persona; 120 € para el personal de las organizaciones miembro. Personas con experiencia propia y familiares: 40 €. Incluye los almuerzos de los dos días y la cena de la red la primera noche.",
      codeOfConduct: codeOfConduct("es"),
    },
    en: {
      origin: "human",
      title: "Annual think-tank conference in Oviedo: whole life, whole system",
      description:
        "Every year the network meets for a conference run as a think tank: few talks, a lot of work in small groups, and time for staff, people with lived experience, families and policy makers to think together. This year we are hosted by the Mental Health Service of the Principality of Asturias, in Oviedo.\n\n" +
        "## The theme: whole life, whole system\n\n" +
        "Recovery does not happen only in the consulting room. It happens at home, at work, in the neighbourhood and in relationships. Over two days we will ask what has to change in a mental health system for it to support people's whole lives, and how members of the network are already doing it.\n\n" +
        "## Programme\n\n" +
        "- **Day one:** welcome, a round table with people who use services and families, and three workshops in parallel\n" +
        "- **Day two:** visits to community mental health centres in Oviedo in the morning, then a closing session to agree on the questions the network will work on during the year\n\n" +
        "The workshops follow three strands: *whole life, whole system*; *recovery into practice*; and *community development and mental health planning*. There will be simultaneous interpretation between Spanish and English.\n\n" +
        "## Places\n\n" +
        "There are 60 places, first come, first served. Once they are taken, registration stays open as a waiting list: if someone cancels, the place is offered at once to the first person on the list, who has 48 hours to accept it.",
      fee: "€180 per person; €120 for staff of member organisations. People with lived experience and family members: €40. Lunch on both days and the network dinner on the first evening are included.",
      codeOfConduct: codeOfConduct("en"),
    },
    fr: {
      origin: "human",
      title: `Conférence annuelle du réseau à Oviedo${nnbsp}: toute la vie, tout le système`,
      description:
        `Chaque année, le réseau se retrouve pour une conférence conçue comme un laboratoire d’idées${nnbsp}: peu d’exposés, beaucoup de travail en petits groupes, et du temps pour que professionnels, personnes concernées, familles et décideurs réfléchissent ensemble. Cette année, nous sommes accueillis par le Service de santé mentale de la Principauté des Asturies, à Oviedo.\n\n` +
        `## Le thème${nnbsp}: toute la vie, tout le système\n\n` +
        "Le rétablissement ne se joue pas seulement en consultation. Il se joue dans le logement, au travail, dans le quartier et dans les relations. Pendant deux jours, nous nous demanderons ce qui doit changer dans un système de santé mentale pour accompagner la vie entière des personnes, et comment les membres du réseau y parviennent déjà.\n\n" +
        "## Programme\n\n" +
        `- **Premier jour${nnbsp}:** accueil, table ronde avec des usagers des services et des familles, et trois ateliers en parallèle\n` +
        `- **Deuxième jour${nnbsp}:** visites de centres de santé mentale communautaire d’Oviedo le matin, puis séance de clôture pour convenir des questions sur lesquelles le réseau travaillera pendant l’année\n\n` +
        `Les ateliers suivent trois axes${nnbsp}: *toute la vie, tout le système*, *le rétablissement dans la pratique* et *développement communautaire et planification en santé mentale*. Une interprétation simultanée est assurée entre l’espagnol et l’anglais.\n\n` +
        "## Places\n\n" +
        `La conférence compte 60 places, attribuées par ordre d’inscription. Une fois qu’elles sont prises, l’inscription reste ouverte en liste d’attente${nnbsp}: si quelqu’un annule, la place est aussitôt proposée à la première personne de la liste, qui a 48 heures pour l’accepter.`,
      fee: `180${nbsp}€ par personne${nnbsp}; 120${nbsp}€ pour le personnel des organisations membres. Personnes concernées et proches${nnbsp}: 40${nbsp}€. Les déjeuners des deux jours et le dîner du réseau le premier soir sont compris.`,
      codeOfConduct: codeOfConduct("fr"),
    },
    it: {
      origin: "human",
      title: "Conferenza annuale della rete a Oviedo: tutta la vita, tutto il sistema",
      description:
        "Ogni anno la rete si ritrova per una conferenza pensata come un laboratorio di idee: pochi interventi frontali, molto lavoro in piccoli gruppi e tempo perché operatori, persone con esperienza vissuta, familiari e decisori politici pensino insieme. Quest'anno ci ospita il Servizio di salute mentale del Principato delle Asturie, a Oviedo.\n\n" +
        "## Il tema: tutta la vita, tutto il sistema\n\n" +
        "La recovery non avviene solo in ambulatorio. Avviene nella casa, nel lavoro, nel quartiere e nelle relazioni. In due giorni ci chiederemo che cosa deve cambiare in un sistema di salute mentale per accompagnare la vita intera delle persone, e come ci stanno già riuscendo i membri della rete.\n\n" +
        "## Programma\n\n" +
        "- **Primo giorno:** accoglienza, tavola rotonda con utenti dei servizi e familiari, e tre laboratori in parallelo\n" +
        "- **Secondo giorno:** al mattino visite ai centri di salute mentale di comunità di Oviedo, poi una sessione finale per concordare le domande su cui la rete lavorerà durante l'anno\n\n" +
        "I laboratori seguono tre filoni: *tutta la vita, tutto il sistema*; *la recovery nella pratica*; *sviluppo di comunità e programmazione della salute mentale*. È prevista l'interpretazione simultanea tra spagnolo e inglese.\n\n" +
        "## Posti\n\n" +
        "I posti sono 60, assegnati in ordine di iscrizione. Esauriti i posti, l'iscrizione resta aperta come lista d'attesa: se qualcuno annulla, il posto viene offerto subito alla prima persona in lista, che ha 48 ore per accettarlo.",
      fee: "180 € a persona; 120 € per il personale delle organizzazioni socie. Persone con esperienza vissuta e familiari: 40 €. Sono compresi i pranzi dei due giorni e la cena della rete la prima sera.",
      codeOfConduct: codeOfConduct("it"),
    },
    sv: {
      origin: "machine",
      title: "Nätverkets årskonferens i Oviedo: hela livet, hela systemet",
      description:
        "Varje år samlas nätverket till en konferens som arbetar som en tankesmedja: få föredrag, mycket arbete i små grupper och tid för personal, personer med egen erfarenhet, anhöriga och beslutsfattare att tänka tillsammans. I år är Asturiens psykiatriska verksamhet värd, i Oviedo.\n\n" +
        "## Temat: hela livet, hela systemet\n\n" +
        "Återhämtning sker inte bara på mottagningen. Den sker i boendet, på jobbet, i grannskapet och i relationerna. Under två dagar frågar vi oss vad som måste förändras i ett system för psykisk hälsa för att det ska stödja människors hela liv, och hur nätverkets medlemmar redan gör det.\n\n" +
        "## Program\n\n" +
        "- **Dag ett:** välkomnande, ett panelsamtal med brukare och anhöriga, och tre parallella workshoppar\n" +
        "- **Dag två:** besök på öppenvårdsmottagningar i Oviedo på förmiddagen, sedan ett avslutande pass där vi enas om de frågor nätverket ska arbeta med under året\n\n" +
        "Workshopparna följer tre spår: *hela livet, hela systemet*; *återhämtning i praktiken*; och *samhällsutveckling och planering av arbetet med psykisk hälsa*. Det finns simultantolkning mellan spanska och engelska.\n\n" +
        "## Platser\n\n" +
        "Det finns 60 platser, som fördelas i anmälningsordning. När de är tagna kan du fortfarande anmäla dig till väntelistan: om någon avbokar erbjuds platsen direkt den första på listan, som har 48 timmar på sig att tacka ja.",
      fee: "180 euro per person; 120 euro för personal i medlemsorganisationer. Personer med egen erfarenhet och anhöriga: 40 euro. Lunch båda dagarna och nätverksmiddagen den första kvällen ingår.",
      codeOfConduct: codeOfConduct("sv"),
    },
  }),
  questions: [
    {
      key: "strand",
      kind: "choice",
      required: true,
      choiceKeys: ["whole-life", "recovery", "community"],
      texts: {
        es: {
          origin: "original",
          label: "¿En qué línea de talleres quiere participar?",
          choiceLabels: ["Toda la vida, todo el sistema", "La recuperación en la práctica", "Desarrollo comunitario y planificación de la salud mental"],
        },
        en: {
          origin: "human",
          label: "Which workshop strand would you like to join?",
          choiceLabels: ["Whole life, whole system", "Recovery into practice", "Community development and mental health planning"],
        },
        fr: {
          origin: "human",
          label: `Quel axe d’ateliers souhaitez-vous rejoindre${nnbsp}?`,
          choiceLabels: ["Toute la vie, tout le système", "Le rétablissement dans la pratique", "Développement communautaire et planification en santé mentale"],
        },
        it: {
          origin: "human",
          label: "A quale filone di laboratori vuoi partecipare?",
          choiceLabels: ["Tutta la vita, tutto il sistema", "La recovery nella pratica", "Sviluppo di comunità e programmazione della salute mentale"],
        },
        sv: {
          origin: "machine",
          label: "Vilket workshoppspår vill du delta i?",
          choiceLabels: ["Hela livet, hela systemet", "Återhämtning i praktiken", "Samhällsutveckling och planering av arbetet med psykisk hälsa"],
        },
      },
    },
    {
      key: "question",
      kind: "text",
      required: false,
      texts: {
        es: { origin: "original", label: "¿Qué pregunta le gustaría que la red trabajara este año?" },
        en: { origin: "human", label: "Which question would you like the network to work on this year?" },
        fr: { origin: "human", label: `Sur quelle question aimeriez-vous que le réseau travaille cette année${nnbsp}?` },
        it: { origin: "human", label: "Su quale domanda vorresti che la rete lavorasse quest'anno?" },
        sv: { origin: "machine", label: "Vilken fråga vill du att nätverket arbetar med i år?" },
      },
    },
  ],
  // 38 delegates in ten groups and 22 people on their own fill the 60 places; then one
  // person, a group of three, Per Persson (the demo account person@example.org) and two
  // more wait, at positions 1 to 5.
  registrations: [
    {
      group: "epsm-lille-metropole",
      outcome: "confirmed",
      delegates: delegates("epsm-lille.example", ["Antoine Lemaire", "Sophie Vasseur", "Karim Benali", "Nathalie Delattre", "Julien Caron"]),
    },
    {
      person: "pablo.garcia@saludmental-asturias.example",
      outcome: "confirmed",
      answers: { strand: "community", question: "¿Cómo medimos la recuperación sin reducirla a indicadores clínicos?" },
      listVisibility: "everyone",
    },
    {
      group: "trieste-mental-health-department",
      outcome: "confirmed",
      delegates: delegates("trieste-dsm.example", ["Elena Sossi", "Davide Pahor", "Francesca Zanetti", "Roberto Vidali", "Chiara Benussi"]),
    },
    { person: "ana.sousa@caminhos-recuperacao.example", outcome: "confirmed", answers: { strand: "recovery" }, listVisibility: "participants" },
    { person: "matteo.cattaneo@voci-percorsi.example", outcome: "confirmed", answers: { strand: "recovery", question: "Come rendere stabile il lavoro tra pari nei servizi pubblici?" } },
    {
      group: "cornwall-partnership-nhs-trust",
      outcome: "confirmed",
      delegates: delegates("cornwall-partnership.example", ["Tamsin Pascoe", "Ben Rowe", "Jenna Tregear", "Oliver Nance"]),
    },
    { person: "elodie.favre@irsmc.example", outcome: "confirmed", answers: { strand: "whole-life" }, listVisibility: "everyone" },
    { person: "tjasa.kranjc@drustvo-most.example", outcome: "confirmed" },
    {
      group: "cavan-monaghan-mental-health-service",
      outcome: "confirmed",
      delegates: delegates("cavan-monaghan-mhs.example", ["Ciara Flanagan", "Pádraig Kelly", "Orla Smyth", "Seán McMahon"]),
    },
    { person: "luka.babic@cpp-kvarner.example", outcome: "confirmed", answers: { strand: "whole-life" } },
    { person: "katarzyna.nowak@spps-pomorze.example", outcome: "confirmed", answers: { strand: "community" } },
    {
      group: "stockholm-mental-health-services",
      outcome: "confirmed",
      delegates: delegates("psykiatrin-stockholm.example", ["Anders Berg", "Sofia Nilsson", "Elin Forsberg", "Mikael Strand"]),
    },
    { person: "sigrid.johansen@nordlys-recovery.example", outcome: "confirmed", answers: { strand: "recovery" } },
    { person: "lars.mikkelsen@paarorende-ostjylland.example", outcome: "confirmed", answers: { question: "Hur får anhöriga en egen plats i planeringen av verksamheten?" } },
    { person: "johanna.nyholm@ofph.example", outcome: "confirmed" },
    {
      group: "gemeindepsychiatrischer-verbund-auenland",
      outcome: "confirmed",
      delegates: delegates("gpv-auenland.example", ["Katrin Vogel", "Florian Hahn", "Miriam Schulze"]),
    },
    { person: "genevieve.tremblay@pairs-aidants-plateau.example", outcome: "confirmed", answers: { strand: "recovery" }, listVisibility: "everyone" },
    { person: "mark.sinclair@prairie-housing-first.example", outcome: "confirmed", answers: { strand: "whole-life", question: "What does Housing First look like outside big cities?" } },
    {
      group: "stichting-herstelwerkplaats",
      outcome: "confirmed",
      delegates: delegates("herstelwerkplaats.example", ["Daan Bakker", "Lotte Jansen", "Ruben Smit"]),
    },
    { person: "camila.ribeiro@raps-serraverde.example", outcome: "confirmed" },
    { person: "lucas.pereira@lacos-litoral.example", outcome: "confirmed", answers: { strand: "community" } },
    { person: "florencia.rios@saludmental-patagonianorte.example", outcome: "confirmed", answers: { strand: "whole-life" } },
    {
      group: "terapia-ocupacional-comunitaria-andalucia",
      outcome: "confirmed",
      delegates: delegates("apto-andalucia.example", ["Inmaculada Vega", "Álvaro Domínguez", "Lucía Romero", "Manuel Castro"]),
    },
    { person: "liam.oconnor@harbour-peers.example", outcome: "confirmed", answers: { strand: "recovery" }, listVisibility: "participants" },
    { person: "hemi.walker@kotuku-whanau.example", outcome: "confirmed", answers: { strand: "community", question: "How do services make room for whānau and family ways of healing?" } },
    { person: "kenji.sato@sapporo-recovery-research.example", outcome: "confirmed" },
    {
      group: "cooperativa-sociale-il-ponte-lungo",
      outcome: "confirmed",
      delegates: delegates("pontelungo-coop.example", ["Alessia Fabbri", "Tommaso Gualandi", "Marta Lenzi"]),
    },
    { person: "nomsa.dlamini@ubuntu-minds.example", outcome: "confirmed", answers: { strand: "community" } },
    { person: "achieng.otieno@lakeside-peers.example", outcome: "confirmed", answers: { strand: "recovery" } },
    { person: "ananya.kulkarni@sahyadri-collective.example", outcome: "confirmed", answers: { strand: "whole-life" } },
    {
      group: "reseau-sante-mentale-meuse-ourthe",
      outcome: "confirmed",
      delegates: delegates("rsm-meuse-ourthe.example", ["Isabelle Wauters", "Nicolas Dupont", "Aline Jacquemin"]),
    },
    { person: "emily.carter@gm-open-dialogue.example", outcome: "confirmed", answers: { strand: "whole-life" } },
    // Full from here on: the waiting list, in this order.
    { person: "tomas.novotny@cdz-moravajih.example", outcome: "waitlisted", answers: { strand: "community" } },
    {
      group: "kyklos-society-community-mental-health",
      outcome: "waitlisted",
      delegates: delegates("kyklos-mh.example", ["Giorgos Alexiou", "Maria Papadaki", "Nikos Stavrou"]),
    },
    { person: "person@example.org", outcome: "waitlisted", forThemselves: true, answers: { strand: "recovery" } },
    { person: "julie.renard@rsm-meuse-ourthe.example", outcome: "waitlisted", answers: { strand: "whole-life" } },
    { person: "sanne.visser@herstelwerkplaats.example", outcome: "waitlisted", answers: { strand: "recovery" } },
  ],
};

// ---------------------------------------------------------------------------
// The study visit to Stockholm, two months ago
// ---------------------------------------------------------------------------

const studyVisitOwnLine: Record<Language, string> = {
  sv: "Under besöken är vi gäster där människor bor och får stöd: vi frågar innan vi går in i ett rum och antecknar aldrig något om dem vi möter.",
  en: "On visits we are guests where people live and receive support: we ask before entering a room and never take notes about the people we meet.",
  fr: `Lors des visites, nous sommes invités là où des personnes vivent et sont accompagnées${nnbsp}: nous demandons avant d’entrer dans une pièce et ne prenons jamais de notes sur les personnes rencontrées.`,
  it: "Durante le visite siamo ospiti nei luoghi in cui le persone vivono e ricevono sostegno: chiediamo prima di entrare in una stanza e non prendiamo mai appunti sulle persone che incontriamo.",
  es: "En las visitas somos invitados allí donde las personas viven y reciben apoyo: pedimos permiso antes de entrar en una habitación y nunca tomamos notas sobre las personas que conocemos.",
};

const studyVisit: DemoEvent = {
  key: "studyVisit",
  type: "study_visit",
  hostSlug: "stockholm-mental-health-services",
  publish: true,
  originalLanguage: "sv",
  venue: "Psykiatrin Södermalm, Ringvägen 52",
  city: "Stockholm",
  countryCode: "SE",
  timeZone: "Europe/Stockholm",
  deliveryLanguages: ["sv", "en"],
  capacity: 12,
  organisationCap: null,
  mode: "first_come",
  groupPolicy: "together",
  offerHours: 48,
  when: { daysFromToday: -63, weekday: 2, startTime: "09:00", days: 3, endTime: "15:00" },
  window: { opensDaysFromToday: -150, closesDaysBeforeStart: 21 },
  allotments: [],
  texts: () => ({
    sv: {
      origin: "original",
      title: "Studiebesök i Stockholm: mobila team och samarbetet med socialtjänsten",
      description:
        "Under tre dagar följer en liten grupp från nätverket Psykiatrin i Stockholms arbete i några av stadens stadsdelar. Besöket handlar om hur mobila team och kommunernas socialtjänst arbetar tillsammans, så att människor får stöd där de bor i stället för på en vårdavdelning.\n\n" +
        "## Programmet\n\n" +
        "- **Dag ett:** en introduktion till verksamheten och ett samtal med brukarföreningen och anhörigföreningen\n" +
        "- **Dag två:** en dag med ett av teamen, efter eget val\n" +
        "- **Dag tre:** gemensam reflektion och en eftermiddag om hur vi tar med oss lärdomarna hem\n\n" +
        "## Praktiskt\n\n" +
        "Vi arbetar på svenska och engelska. Gruppen är liten, tolv personer, så att alla kan följa med ut i verksamheterna. Resa och boende ordnar deltagarna själva; vi tipsar gärna.",
      fee: "Ingen avgift. Deltagarna står själva för resa och boende; luncherna bjuder vi på.",
      codeOfConduct: codeOfConduct("sv", studyVisitOwnLine.sv),
    },
    en: {
      origin: "human",
      title: "Study visit to Stockholm: mobile teams working with social services",
      description:
        "Over three days, a small group from the network follows the work of Stockholm's mental health services in some of the city's districts. The visit is about how mobile teams and the municipalities' social services work together, so that people get support where they live rather than on a ward.\n\n" +
        "## The programme\n\n" +
        "- **Day one:** an introduction to the services, and a conversation with the service user association and the family association\n" +
        "- **Day two:** a day with one of the teams, of your choice\n" +
        "- **Day three:** shared reflection, and an afternoon on how we take what we learnt home\n\n" +
        "## Practical details\n\n" +
        "We work in Swedish and English. The group is small, twelve people, so that everyone can go out to the services. Participants arrange their own travel and accommodation; we are happy to suggest places to stay.",
      fee: "No fee. Participants pay for their own travel and accommodation; lunches are on us.",
      codeOfConduct: codeOfConduct("en", studyVisitOwnLine.en),
    },
    fr: {
      origin: "human",
      title: `Visite d’étude à Stockholm${nnbsp}: les équipes mobiles et les services sociaux`,
      description:
        "Pendant trois jours, un petit groupe du réseau suit le travail de la psychiatrie publique de Stockholm dans quelques quartiers de la ville. La visite porte sur la façon dont les équipes mobiles et les services sociaux des communes travaillent ensemble, pour que les personnes soient soutenues là où elles vivent plutôt qu’à l’hôpital.\n\n" +
        "## Le programme\n\n" +
        `- **Premier jour${nnbsp}:** présentation des services, et rencontre avec l’association d’usagers et l’association de familles\n` +
        `- **Deuxième jour${nnbsp}:** une journée avec l’une des équipes, au choix\n` +
        `- **Troisième jour${nnbsp}:** réflexion commune, et un après-midi sur la manière de rapporter chez soi ce que nous avons appris\n\n` +
        "## En pratique\n\n" +
        `On travaille en suédois et en anglais. Le groupe est petit, douze personnes, pour que chacun puisse aller sur le terrain. Les participants organisent eux-mêmes leur voyage et leur hébergement${nnbsp}; nous donnons volontiers des adresses.`,
      fee: `Pas de frais d’inscription. Les participants prennent en charge leur voyage et leur hébergement${nnbsp}; les déjeuners sont offerts.`,
      codeOfConduct: codeOfConduct("fr", studyVisitOwnLine.fr),
    },
    it: {
      origin: "machine",
      title: "Visita di studio a Stoccolma: le équipe mobili e i servizi sociali",
      description:
        "Per tre giorni un piccolo gruppo della rete segue il lavoro dei servizi di salute mentale di Stoccolma in alcuni quartieri della città. La visita riguarda il modo in cui le équipe mobili e i servizi sociali dei comuni lavorano insieme, perché le persone ricevano sostegno dove vivono invece che in un reparto.\n\n" +
        "## Il programma\n\n" +
        "- **Primo giorno:** presentazione dei servizi e incontro con l'associazione degli utenti e quella dei familiari\n" +
        "- **Secondo giorno:** una giornata con una delle équipe, a scelta\n" +
        "- **Terzo giorno:** riflessione comune e un pomeriggio su come portare a casa ciò che abbiamo imparato\n\n" +
        "## Informazioni pratiche\n\n" +
        "Si lavora in svedese e in inglese. Il gruppo è piccolo, dodici persone, perché tutti possano andare nei servizi. Viaggio e alloggio sono a cura dei partecipanti; diamo volentieri qualche consiglio.",
      fee: "Nessuna quota. Viaggio e alloggio sono a carico dei partecipanti; i pranzi sono offerti.",
      codeOfConduct: codeOfConduct("it", studyVisitOwnLine.it),
    },
    es: {
      origin: "machine",
      title: "Visita de estudio a Estocolmo: los equipos móviles y los servicios sociales",
      description:
        "Durante tres días, un pequeño grupo de la red sigue el trabajo de los servicios de salud mental de Estocolmo en algunos distritos de la ciudad. La visita trata de cómo los equipos móviles y los servicios sociales de los municipios trabajan juntos, para que las personas reciban apoyo donde viven y no en una planta de hospital.\n\n" +
        "## El programa\n\n" +
        "- **Primer día:** presentación de los servicios y encuentro con la asociación de personas usuarias y la de familiares\n" +
        "- **Segundo día:** una jornada con uno de los equipos, a elegir\n" +
        "- **Tercer día:** reflexión en común y una tarde sobre cómo llevarse a casa lo aprendido\n\n" +
        "## Información práctica\n\n" +
        "Se trabaja en sueco y en inglés. El grupo es pequeño, doce personas, para que todo el mundo pueda salir a conocer los servicios. Cada participante organiza su viaje y su alojamiento; con gusto le damos sugerencias.",
      fee: "Sin cuota. Cada participante paga su viaje y su alojamiento; los almuerzos corren de nuestra cuenta.",
      codeOfConduct: codeOfConduct("es", studyVisitOwnLine.es),
    },
  }),
  questions: [
    {
      key: "team",
      kind: "choice",
      required: true,
      choiceKeys: ["mobile-team", "housing-support", "user-association"],
      texts: {
        sv: {
          origin: "original",
          label: "Vilket team vill du följa den andra dagen?",
          choiceLabels: ["Ett mobilt team", "Socialtjänstens boendestöd", "Brukarföreningens kamratstöd"],
        },
        en: {
          origin: "human",
          label: "Which team would you like to follow on the second day?",
          choiceLabels: ["A mobile team", "The social services' housing support", "The service user association's peer support"],
        },
        fr: {
          origin: "human",
          label: `Quelle équipe aimeriez-vous suivre le deuxième jour${nnbsp}?`,
          choiceLabels: ["Une équipe mobile", "L’accompagnement au logement des services sociaux", "La pair-aidance de l’association d’usagers"],
        },
        it: {
          origin: "machine",
          label: "Quale équipe vorresti seguire il secondo giorno?",
          choiceLabels: ["Un'équipe mobile", "Il sostegno all'abitare dei servizi sociali", "Il supporto tra pari dell'associazione degli utenti"],
        },
        es: {
          origin: "machine",
          label: "¿A qué equipo le gustaría acompañar el segundo día?",
          choiceLabels: ["Un equipo móvil", "El apoyo a la vivienda de los servicios sociales", "El apoyo entre iguales de la asociación de personas usuarias"],
        },
      },
    },
    {
      key: "dinner",
      kind: "yes_no",
      required: false,
      texts: {
        sv: { origin: "original", label: "Vill du vara med på den gemensamma middagen första kvällen?" },
        en: { origin: "human", label: "Will you join the shared dinner on the first evening?" },
        fr: { origin: "human", label: `Serez-vous des nôtres au dîner commun du premier soir${nnbsp}?` },
        it: { origin: "machine", label: "Parteciperai alla cena insieme la prima sera?" },
        es: { origin: "machine", label: "¿Se unirá a la cena compartida de la primera noche?" },
      },
    },
  ],
  // Ten came; one cancelled a week before.
  registrations: [
    { person: "lille-admin@example.org", outcome: "attended", answers: { team: "mobile-team", dinner: "yes" }, listVisibility: "participants" },
    { person: "trieste-member@example.org", outcome: "attended", answers: { team: "user-association", dinner: "yes" }, listVisibility: "participants" },
    { person: "aoife.duffy@cavan-monaghan-mhs.example", outcome: "attended", answers: { team: "mobile-team", dinner: "yes" } },
    { person: "kerenza.hocking@cornwall-partnership.example", outcome: "attended", answers: { team: "user-association", dinner: "yes" } },
    { person: "pablo.garcia@saludmental-asturias.example", outcome: "attended", answers: { team: "housing-support", dinner: "no" }, listVisibility: "everyone" },
    { person: "katarzyna.nowak@spps-pomorze.example", outcome: "cancelled", answers: { team: "mobile-team" } },
    { person: "lars.mikkelsen@paarorende-ostjylland.example", outcome: "attended", answers: { team: "housing-support", dinner: "yes" } },
    { person: "johanna.nyholm@ofph.example", outcome: "attended", answers: { team: "mobile-team", dinner: "yes" } },
    { person: "sigrid.johansen@nordlys-recovery.example", outcome: "attended", answers: { team: "user-association", dinner: "no" } },
    { person: "jonas.becker@gpv-auenland.example", outcome: "attended", answers: { team: "housing-support", dinner: "yes" } },
    { person: "julie.renard@rsm-meuse-ourthe.example", outcome: "attended", answers: { team: "mobile-team", dinner: "yes" }, listVisibility: "participants" },
  ],
  afterwards: {
    programmeHours: 18,
    participantListDays: 120,
    feedback: [
      {
        person: "aoife.duffy@cavan-monaghan-mhs.example",
        language: "en",
        overall: 5,
        content: 5,
        organisation: 4,
        comment: "Seeing the crisis team's morning meeting changed how we plan our own. More time with the peer workers next time, please.",
        anonymous: false,
      },
      {
        person: "pablo.garcia@saludmental-asturias.example",
        language: "es",
        overall: 4,
        content: 5,
        organisation: 3,
        comment: "Muy útil la visita a los pisos con apoyo. Los traslados entre servicios fueron largos.",
        anonymous: true,
      },
      { person: "sigrid.johansen@nordlys-recovery.example", language: "sv", overall: 5, content: 4, organisation: 5, comment: "", anonymous: true },
    ],
  },
};

// ---------------------------------------------------------------------------
// A symposium Lille's admins have prepared, for a coordinator to publish
// ---------------------------------------------------------------------------

const symposium: DemoEvent = {
  key: "symposium",
  type: "symposium",
  hostSlug: "epsm-lille-metropole",
  publish: false,
  originalLanguage: "fr",
  venue: "EPSM Lille Métropole, salle Lucien Bonnafé",
  city: "Lille",
  countryCode: "FR",
  timeZone: "Europe/Paris",
  deliveryLanguages: ["fr", "en"],
  capacity: 40,
  organisationCap: 6,
  mode: "first_come",
  groupPolicy: "split",
  offerHours: 72,
  when: { daysFromToday: 180, weekday: 5, startTime: "09:30", days: 1, endTime: "17:00" },
  window: { opensDaysFromToday: 30, closesDaysBeforeStart: 14 },
  allotments: [{ organisationSlug: null, places: 10, releasesDaysBeforeStart: 30 }],
  texts: () => ({
    fr: {
      origin: "original",
      title: `Symposium${nnbsp}: les médiateurs de santé pairs dans les équipes de secteur`,
      description:
        "Depuis plus de dix ans, des médiatrices et médiateurs de santé pairs travaillent dans les équipes de l’EPSM Lille Métropole. Ce symposium d’une journée réunit celles et ceux qui exercent ce métier, les équipes qui les accueillent et les organisations du réseau qui souhaitent se lancer.\n\n" +
        "## Au programme\n\n" +
        "- Des médiateurs de santé pairs et leurs collègues racontent leur travail\n" +
        `- Formation, statut et place dans l’équipe${nnbsp}: ce qui a marché, ce qui reste difficile\n` +
        "- Des ateliers pour préparer l’arrivée de pairs dans une équipe\n\n" +
        "Le symposium se tient en français et en anglais, avec interprétation. Dix places sont réservées aux organisations membres à jour de la Charte jusqu’à un mois avant la date.",
      fee: `Gratuit pour le personnel des organisations membres${nnbsp}; 60${nbsp}€ pour les autres participants, déjeuner compris.`,
      codeOfConduct: codeOfConduct("fr"),
    },
    en: {
      origin: "human",
      title: "Symposium: peer health mediators in community mental health teams",
      description:
        "For more than ten years, peer health mediators have worked in the teams of EPSM Lille Métropole. This one-day symposium brings together the people who do this job, the teams that welcome them and the network's organisations that want to start.\n\n" +
        "## Programme\n\n" +
        "- Peer health mediators and their colleagues talk about their work\n" +
        "- Training, status and place in the team: what has worked, what is still hard\n" +
        "- Workshops to prepare a team for peers joining it\n\n" +
        "The symposium is held in French and English, with interpretation. Ten places are kept for member organisations in good standing with the Charter until a month before the day.",
      fee: "Free for staff of member organisations; €60 for other participants, lunch included.",
      codeOfConduct: codeOfConduct("en"),
    },
    it: {
      origin: "machine",
      title: "Simposio: gli esperti in supporto tra pari nelle équipe territoriali",
      description:
        "Da più di dieci anni mediatrici e mediatori di salute pari lavorano nelle équipe dell'EPSM Lille Métropole. Questo simposio di una giornata riunisce chi svolge questo lavoro, le équipe che lo accolgono e le organizzazioni della rete che vogliono cominciare.\n\n" +
        "## Programma\n\n" +
        "- Mediatori di salute pari e colleghi raccontano il loro lavoro\n" +
        "- Formazione, inquadramento e ruolo nell'équipe: che cosa ha funzionato e che cosa resta difficile\n" +
        "- Laboratori per preparare un'équipe all'arrivo dei pari\n\n" +
        "Il simposio si svolge in francese e in inglese, con interpretariato. Dieci posti sono riservati alle organizzazioni socie in regola con la Carta fino a un mese prima della data.",
      fee: "Gratuito per il personale delle organizzazioni socie; 60 € per gli altri partecipanti, pranzo compreso.",
      codeOfConduct: codeOfConduct("it"),
    },
    es: {
      origin: "machine",
      title: "Simposio: los agentes de apoyo entre iguales en los equipos comunitarios",
      description:
        "Desde hace más de diez años, mediadoras y mediadores de salud entre iguales trabajan en los equipos del EPSM Lille Métropole. Este simposio de un día reúne a quienes ejercen este oficio, a los equipos que los acogen y a las organizaciones de la red que quieren empezar.\n\n" +
        "## Programa\n\n" +
        "- Mediadores de salud entre iguales y sus colegas cuentan su trabajo\n" +
        "- Formación, estatus y lugar en el equipo: lo que ha funcionado y lo que sigue siendo difícil\n" +
        "- Talleres para preparar a un equipo para la llegada de agentes de apoyo entre iguales\n\n" +
        "El simposio se celebra en francés y en inglés, con interpretación. Diez plazas se reservan a las organizaciones miembro al día con la Carta hasta un mes antes de la fecha.",
      fee: "Gratuito para el personal de las organizaciones miembro; 60 € para los demás participantes, almuerzo incluido.",
      codeOfConduct: codeOfConduct("es"),
    },
    sv: {
      origin: "machine",
      title: "Symposium: kamratstödjare i de psykiatriska öppenvårdsteamen",
      description:
        "I mer än tio år har kamratstödjare arbetat i teamen på EPSM Lille Métropole. Det här endagssymposiet samlar de som har det här yrket, teamen som tar emot dem och de organisationer i nätverket som vill komma i gång.\n\n" +
        "## Program\n\n" +
        "- Kamratstödjare och deras kollegor berättar om sitt arbete\n" +
        "- Utbildning, anställningsvillkor och plats i teamet: vad som har fungerat och vad som fortfarande är svårt\n" +
        "- Workshoppar för att förbereda ett team på att kamratstödjare börjar där\n\n" +
        "Symposiet hålls på franska och engelska, med tolkning. Tio platser hålls för medlemsorganisationer som har skrivit under den gällande stadgan fram till en månad före dagen.",
      fee: "Kostnadsfritt för personal i medlemsorganisationer; 60 euro för övriga deltagare, lunch ingår.",
      codeOfConduct: codeOfConduct("sv"),
    },
  }),
  questions: [
    {
      key: "mediator",
      kind: "yes_no",
      required: true,
      texts: {
        fr: { origin: "original", label: `Travaillez-vous comme médiatrice ou médiateur de santé pair${nnbsp}?` },
        en: { origin: "human", label: "Do you work as a peer health mediator?" },
        it: { origin: "machine", label: "Lavori come esperta o esperto in supporto tra pari?" },
        es: { origin: "machine", label: "¿Trabaja como agente de apoyo entre iguales?" },
        sv: { origin: "machine", label: "Arbetar du som kamratstödjare?" },
      },
    },
  ],
  registrations: [],
};

export const demoEvents: DemoEvent[] = [school, conference, studyVisit, symposium];
