// Demo entries of the good-practice library: the kind of material the network's public
// texts describe (shared/seeds), told in our own words and attributed to demo members.
// Each is written in one language and translated into the other four, marked as such:
// `human` for a translation a person made, `machine` for one nobody has reviewed yet.
import type { LibraryEntryKind, LibraryVisibility, ServiceEvidence, ServiceSetting, TranslationOrigin } from "~/generated/prisma/enums";

export type DemoEntryText = {
  origin: TranslationOrigin;
  title: string;
  summary: string;
  body: string;
  easyRead?: string;
  targetGroup?: string;
  outcomes?: string;
};

export type DemoEntry = {
  organisationSlug: string;
  kind: LibraryEntryKind;
  originalLanguage: string;
  visibility: LibraryVisibility;
  themes: string[];
  audiences: string[];
  countryCode: string | null;
  links: { label: string; url: string }[];
  service?: { settings: ServiceSetting[]; evidence: ServiceEvidence; languages: string[]; hostsVisitors: boolean };
  /** By language; exactly one has origin `original`, in originalLanguage. */
  texts: Record<string, DemoEntryText>;
};

export const demoLibraryEntries: DemoEntry[] = [
  {
    organisationSlug: "trieste-mental-health-department",
    kind: "service_description",
    originalLanguage: "it",
    visibility: "public",
    themes: ["deinstitutionalisation", "crisis-response", "community-mental-health-development"],
    audiences: ["staff", "managers", "commissioners", "policy-makers"],
    countryCode: "IT",
    links: [],
    service: { settings: ["community", "home"], evidence: "published_study", languages: ["it", "en"], hostsVisitors: true },
    texts: {
      it: {
        origin: "original",
        title: "Centri di salute mentale aperti 24 ore su 24",
        summary:
          "Quattro centri territoriali, ciascuno con pochi posti letto, accolgono le persone in crisi vicino a casa, giorno e notte, al posto del ricovero in reparto.",
        body:
          "Ogni centro serve un distretto della città e resta aperto ventiquattro ore al giorno, sette giorni su sette. Chi attraversa una crisi può arrivare senza appuntamento, fermarsi per la notte in uno dei pochi letti del centro e continuare a vedere le persone di cui si fida.\n\n" +
          "Le équipe lavorano anche a domicilio e nei luoghi di vita: la casa, il lavoro, il quartiere. L'obiettivo non è solo ridurre i ricoveri, ma sostenere la persona nella sua vita intera, con le reti che già ha.\n\n" +
          "## Cosa offriamo ai visitatori\n\nAccogliamo piccoli gruppi di operatori per una o due settimane: partecipano alle riunioni del mattino, alle visite domiciliari e agli incontri con le associazioni.",
        easyRead: "Quando una persona sta molto male, può venire al centro vicino a casa, anche di notte. Può restare a dormire. Non deve andare in ospedale.",
        targetGroup: "Adulti con disturbi mentali gravi che vivono nel distretto, e le loro famiglie.",
        outcomes: "Meno ricoveri in reparto e più brevi; nessun letto di contenzione; le persone restano in contatto con la loro rete.",
      },
      en: {
        origin: "human",
        title: "Community mental health centres open around the clock",
        summary:
          "Four community centres, each with a few beds, welcome people in crisis close to home, day and night, instead of admitting them to a ward.",
        body:
          "Each centre serves one district of the city and is open twenty-four hours a day, seven days a week. Someone going through a crisis can come without an appointment, stay the night in one of the centre's few beds and keep seeing the people they trust.\n\n" +
          "The teams also work at home and wherever people live their lives: the house, the workplace, the neighbourhood. The aim is not only fewer admissions but support for the person's whole life, with the networks they already have.\n\n" +
          "## What we offer visitors\n\nWe host small groups of staff for one or two weeks: they join the morning meetings, home visits and meetings with local associations.",
        easyRead: "When someone is very unwell, they can come to the centre near their home, even at night. They can sleep there. They do not have to go to hospital.",
        targetGroup: "Adults with severe mental health problems living in the district, and their families.",
        outcomes: "Fewer and shorter ward admissions; no restraint beds; people stay in touch with their own networks.",
      },
      fr: {
        origin: "human",
        title: "Des centres de santé mentale ouverts jour et nuit",
        summary:
          "Quatre centres de proximité, chacun avec quelques lits, accueillent les personnes en crise près de chez elles, jour et nuit, au lieu d’une hospitalisation.",
        body:
          "Chaque centre dessert un quartier de la ville et reste ouvert vingt-quatre heures sur vingt-quatre, sept jours sur sept. Une personne en crise peut venir sans rendez-vous, passer la nuit dans l’un des quelques lits du centre et continuer à voir les personnes en qui elle a confiance.\n\n" +
          "Les équipes travaillent aussi à domicile et dans les lieux de vie : le logement, le travail, le quartier. Le but n’est pas seulement de réduire les hospitalisations, mais de soutenir la personne dans toute sa vie, avec les réseaux qu’elle a déjà.\n\n" +
          "## Ce que nous proposons aux visiteurs\n\nNous accueillons de petits groupes de professionnels pendant une ou deux semaines : ils participent aux réunions du matin, aux visites à domicile et aux rencontres avec les associations.",
        targetGroup: "Adultes ayant des troubles psychiques sévères qui vivent dans le quartier, et leurs familles.",
        outcomes: "Des hospitalisations moins nombreuses et plus courtes ; aucune contention ; les personnes gardent le lien avec leur réseau.",
      },
      es: {
        origin: "machine",
        title: "Centros de salud mental abiertos las 24 horas",
        summary:
          "Cuatro centros territoriales, cada uno con pocas camas, acogen a las personas en crisis cerca de su casa, de día y de noche, en lugar del ingreso en una planta.",
        body:
          "Cada centro atiende a un distrito de la ciudad y permanece abierto las veinticuatro horas, los siete días de la semana. Quien atraviesa una crisis puede llegar sin cita, quedarse a dormir en una de las pocas camas del centro y seguir viendo a las personas en las que confía.\n\n" +
          "Los equipos trabajan también en el domicilio y en los lugares de vida: la casa, el trabajo, el barrio. El objetivo no es solo reducir los ingresos, sino apoyar a la persona en toda su vida, con las redes que ya tiene.\n\n" +
          "## Qué ofrecemos a los visitantes\n\nAcogemos a pequeños grupos de profesionales durante una o dos semanas: participan en las reuniones de la mañana, en las visitas a domicilio y en los encuentros con las asociaciones.",
        targetGroup: "Adultos con trastornos mentales graves que viven en el distrito, y sus familias.",
        outcomes: "Menos ingresos y más cortos; ninguna cama de contención; las personas mantienen el contacto con su red.",
      },
      sv: {
        origin: "machine",
        title: "Psykiatriska öppenvårdscentrum som är öppna dygnet runt",
        summary:
          "Fyra lokala centrum, vart och ett med några få sängar, tar emot människor i kris nära hemmet, dag som natt, i stället för inläggning på avdelning.",
        body:
          "Varje centrum betjänar ett stadsdistrikt och har öppet dygnet runt, alla dagar i veckan. Den som går igenom en kris kan komma utan tidsbokning, sova över i en av centrumets få sängar och fortsätta att träffa de människor hen litar på.\n\n" +
          "Teamen arbetar också i hemmet och där människor lever sina liv: bostaden, arbetsplatsen, grannskapet. Målet är inte bara färre inläggningar utan stöd i hela livet, med de nätverk personen redan har.\n\n" +
          "## Vad vi erbjuder besökare\n\nVi tar emot små grupper av personal i en eller två veckor: de deltar i morgonmötena, hembesöken och mötena med föreningarna.",
        targetGroup: "Vuxna med allvarlig psykisk ohälsa som bor i distriktet, och deras familjer.",
        outcomes: "Färre och kortare inläggningar; inga bältessängar; människor behåller kontakten med sitt nätverk.",
      },
    },
  },
  {
    organisationSlug: "cornwall-partnership-nhs-trust",
    kind: "tool",
    originalLanguage: "en",
    visibility: "public",
    themes: ["advocacy", "human-rights"],
    audiences: ["people-who-use-services", "staff", "commissioners"],
    countryCode: "GB",
    links: [{ label: "The resources, in English", url: "https://www.example.org/imha-resources" }],
    texts: {
      en: {
        origin: "original",
        title: "Independent mental health advocacy: a suite of resources",
        summary:
          "Twelve short films, reports, summaries and tools that help people detained in hospital know their right to an independent advocate, and help services make that right real.",
        body:
          "People detained in hospital, or living under a community treatment order, have a legal right to an independent mental health advocate: someone outside the services who helps them be heard and understand their rights. Yet research shows only about half of those entitled to one ever meet an advocate.\n\n" +
          "The suite was made with a university research team and people with experience of detention. Some resources explain the advocate's role to patients and ward staff; others help advocacy providers, commissioners and hospitals improve access, recognise a good service and measure its outcomes.\n\n" +
          "- Short films for wards and waiting rooms\n- At-a-glance summaries in plain language\n- A self-assessment tool for services",
        easyRead: "If you are kept in hospital, you can have an advocate. An advocate is on your side. These films and leaflets explain how.",
      },
      fr: {
        origin: "human",
        title: "La défense indépendante des droits en santé mentale : une série de ressources",
        summary:
          "Douze courts films, rapports, synthèses et outils pour que les personnes hospitalisées sans leur consentement connaissent leur droit à un défenseur indépendant, et pour que les services rendent ce droit réel.",
        body:
          "Les personnes hospitalisées sans leur consentement, ou soumises à un programme de soins, ont le droit d’être accompagnées par un défenseur indépendant : une personne extérieure aux services qui les aide à se faire entendre et à connaître leurs droits. Pourtant, seule la moitié environ de celles qui y ont droit en rencontrent un.\n\n" +
          "La série a été réalisée avec une équipe de recherche universitaire et des personnes ayant vécu une hospitalisation sous contrainte. Certaines ressources expliquent ce rôle aux patients et aux équipes ; d’autres aident les associations, les financeurs et les hôpitaux à améliorer l’accès, à reconnaître un bon service et à en mesurer les résultats.\n\n" +
          "- Courts films pour les unités et les salles d’attente\n- Synthèses en langage clair\n- Un outil d’auto-évaluation pour les services",
      },
      it: {
        origin: "human",
        title: "La tutela indipendente in salute mentale: una raccolta di risorse",
        summary:
          "Dodici brevi film, rapporti, sintesi e strumenti perché le persone ricoverate contro la loro volontà conoscano il diritto a un tutore indipendente, e perché i servizi rendano reale quel diritto.",
        body:
          "Le persone ricoverate contro la loro volontà, o sottoposte a un trattamento obbligatorio sul territorio, hanno diritto a un tutore indipendente: una persona esterna ai servizi che le aiuta a farsi ascoltare e a conoscere i propri diritti. Eppure solo la metà circa di chi ne ha diritto ne incontra uno.\n\n" +
          "La raccolta è nata con un gruppo di ricerca universitario e con persone che hanno vissuto un ricovero obbligatorio. Alcune risorse spiegano il ruolo del tutore ai pazienti e al personale; altre aiutano le associazioni, i committenti e gli ospedali a migliorare l'accesso, a riconoscere un buon servizio e a misurarne i risultati.\n\n" +
          "- Brevi film per i reparti e le sale d'attesa\n- Sintesi in linguaggio semplice\n- Uno strumento di autovalutazione per i servizi",
      },
      es: {
        origin: "machine",
        title: "La defensa independiente en salud mental: un conjunto de recursos",
        summary:
          "Doce películas cortas, informes, resúmenes y herramientas para que las personas ingresadas involuntariamente conozcan su derecho a un defensor independiente, y para que los servicios hagan real ese derecho.",
        body:
          "Las personas ingresadas involuntariamente, o sometidas a un tratamiento ambulatorio obligatorio, tienen derecho a un defensor independiente: alguien ajeno a los servicios que las ayuda a ser escuchadas y a conocer sus derechos. Sin embargo, solo la mitad de quienes tienen derecho llegan a conocer a uno.\n\n" +
          "El conjunto se elaboró con un equipo de investigación universitario y con personas con experiencia de ingreso involuntario. Algunos recursos explican el papel del defensor a los pacientes y al personal; otros ayudan a las asociaciones, a quienes financian y a los hospitales a mejorar el acceso, reconocer un buen servicio y medir sus resultados.\n\n" +
          "- Películas cortas para las plantas y las salas de espera\n- Resúmenes en lenguaje claro\n- Una herramienta de autoevaluación para los servicios",
      },
      sv: {
        origin: "human",
        title: "Oberoende stödpersoner i psykiatrin: en samling material",
        summary:
          "Tolv korta filmer, rapporter, sammanfattningar och verktyg som hjälper människor som vårdas mot sin vilja att känna till sin rätt till en oberoende stödperson, och som hjälper verksamheter att göra den rätten verklig.",
        body:
          "Människor som vårdas mot sin vilja, på sjukhus eller i öppen tvångsvård, har rätt till en oberoende stödperson: någon utanför vården som hjälper dem att bli hörda och förstå sina rättigheter. Ändå får bara ungefär hälften av dem som har rätt till en stödperson träffa någon.\n\n" +
          "Materialet togs fram med en forskargrupp vid ett universitet och med personer som själva har vårdats mot sin vilja. En del förklarar stödpersonens roll för patienter och personal; annat hjälper föreningar, beställare och sjukhus att förbättra tillgången, känna igen en god verksamhet och mäta resultaten.\n\n" +
          "- Korta filmer för avdelningar och väntrum\n- Sammanfattningar på lättläst svenska\n- Ett självskattningsverktyg för verksamheter",
      },
    },
  },
  {
    organisationSlug: "stockholm-mental-health-services",
    kind: "good_practice",
    originalLanguage: "sv",
    visibility: "public",
    themes: ["anti-stigma", "co-production"],
    audiences: ["staff", "managers", "people-who-use-services"],
    countryCode: "SE",
    links: [],
    texts: {
      sv: {
        origin: "original",
        title: "Workshoppar mot stigma inom psykiatrin",
        summary:
          "Personal och människor som använder våra verksamheter samtalar öppet i gemensamma workshoppar; efter ett och ett halvt år säger nästan hälften av deltagarna att de har ändrat sitt arbetssätt.",
        body:
          "Var tredje person som använder psykiatrin berättar att hen har mött stigma och diskriminering just där. Därför startade vi workshoppar där personal och brukare möts som jämlikar och pratar om det som sällan sägs högt.\n\n" +
          "Varje workshop leds av en medarbetare och en person med egen erfarenhet. Vi använder korta berättelser, samtal i små grupper och ett utbildningsmaterial som alla enheter får använda fritt.\n\n" +
          "En oberoende utvärdering visade att 46 procent av deltagarna tog konkreta steg för att ändra sitt arbetssätt, och att sju av tio räknade med att göra det.",
        outcomes: "46 procent av deltagarna ändrade sitt arbetssätt; fler brukare upplever att personalen lyssnar.",
      },
      en: {
        origin: "human",
        title: "Workshops against stigma within mental health services",
        summary:
          "Staff and people who use our services talk openly in shared workshops; after eighteen months, nearly half of the participants say they have changed the way they work.",
        body:
          "One in three people who use mental health services report meeting stigma and discrimination right there. So we started workshops where staff and people who use services meet as equals and talk about what is rarely said aloud.\n\n" +
          "Each workshop is led by a member of staff and a person with lived experience. We use short stories, small-group conversations and training material that every unit may use freely.\n\n" +
          "An independent evaluation found that 46 per cent of participants took concrete steps to change their practice, and seven in ten expected to.",
        outcomes: "46 per cent of participants changed their practice; more people who use services feel that staff listen.",
      },
      fr: {
        origin: "machine",
        title: "Des ateliers contre la stigmatisation dans les services de santé mentale",
        summary:
          "Professionnels et personnes qui utilisent nos services dialoguent ouvertement dans des ateliers communs ; après dix-huit mois, près de la moitié des participants disent avoir changé leur façon de travailler.",
        body:
          "Une personne sur trois qui utilise les services de santé mentale dit y avoir rencontré stigmatisation et discrimination. Nous avons donc lancé des ateliers où professionnels et usagers se rencontrent d’égal à égal et parlent de ce qui se dit rarement à voix haute.\n\n" +
          "Chaque atelier est animé par un professionnel et une personne ayant une expérience vécue. Nous utilisons de courts récits, des échanges en petits groupes et un matériel de formation que toutes les unités peuvent utiliser librement.\n\n" +
          "Une évaluation indépendante a montré que 46 % des participants ont pris des mesures concrètes pour changer leurs pratiques, et que sept sur dix comptaient le faire.",
        outcomes: "46 % des participants ont changé leurs pratiques ; davantage d’usagers ont le sentiment d’être écoutés.",
      },
      it: {
        origin: "machine",
        title: "Laboratori contro lo stigma nei servizi di salute mentale",
        summary:
          "Operatori e persone che usano i nostri servizi parlano apertamente in laboratori comuni; dopo diciotto mesi, quasi metà dei partecipanti dice di aver cambiato il proprio modo di lavorare.",
        body:
          "Una persona su tre che usa i servizi di salute mentale racconta di aver incontrato stigma e discriminazione proprio lì. Per questo abbiamo avviato laboratori in cui operatori e utenti si incontrano alla pari e parlano di ciò che raramente si dice ad alta voce.\n\n" +
          "Ogni laboratorio è condotto da un operatore e da una persona con esperienza vissuta. Usiamo brevi racconti, conversazioni in piccoli gruppi e un materiale formativo che ogni unità può usare liberamente.\n\n" +
          "Una valutazione indipendente ha rilevato che il 46 per cento dei partecipanti ha fatto passi concreti per cambiare le proprie pratiche, e che sette su dieci intendevano farlo.",
        outcomes: "Il 46 per cento dei partecipanti ha cambiato le proprie pratiche; più utenti sentono che gli operatori li ascoltano.",
      },
      es: {
        origin: "human",
        title: "Talleres contra el estigma en los servicios de salud mental",
        summary:
          "Profesionales y personas que usan nuestros servicios hablan abiertamente en talleres compartidos; tras dieciocho meses, casi la mitad de los participantes dice haber cambiado su forma de trabajar.",
        body:
          "Una de cada tres personas que usan los servicios de salud mental cuenta haber sufrido estigma y discriminación precisamente allí. Por eso empezamos talleres en los que profesionales y usuarios se encuentran de igual a igual y hablan de lo que rara vez se dice en voz alta.\n\n" +
          "Cada taller lo conducen un profesional y una persona con experiencia propia. Usamos relatos breves, conversaciones en grupos pequeños y un material formativo que todas las unidades pueden usar libremente.\n\n" +
          "Una evaluación independiente encontró que el 46 % de los participantes dio pasos concretos para cambiar su práctica, y que siete de cada diez esperaban hacerlo.",
        outcomes: "El 46 % de los participantes cambió su práctica; más usuarios sienten que los profesionales los escuchan.",
      },
    },
  },
  {
    organisationSlug: "asturias-mental-health-services",
    kind: "report",
    originalLanguage: "es",
    visibility: "public",
    themes: ["human-rights", "children-and-young-people", "families-and-carers"],
    audiences: ["staff", "managers", "families"],
    countryCode: "ES",
    links: [],
    texts: {
      es: {
        origin: "original",
        title: "Derechos humanos en las unidades de hospitalización infanto-juvenil",
        summary:
          "Un proyecto que forma al personal para respetar y defender los derechos de niños, niñas y adolescentes ingresados, y que ayuda a los jóvenes y sus familias a hacer valer esos derechos.",
        body:
          "Los niños y adolescentes que piden ayuda a una unidad de hospitalización psiquiátrica deberían poder contar con que se respetarán sus derechos y estarán seguros. La realidad a menudo es otra, y cambiarla exige revisar las decisiones cotidianas que se han vuelto costumbre.\n\n" +
          "El proyecto trabaja en dos direcciones. Con el personal y los equipos directivos, construye conocimientos y confianza para tomar decisiones que respeten los derechos. Con los jóvenes, sus familias y quienes los acompañan, ayuda a plantear sus preocupaciones no solo como una cuestión de lo que es justo, sino de lo que dice la ley.\n\n" +
          "Los materiales de formación se elaboran junto con jóvenes y familias con experiencia de ingreso, y la evaluación se centra en esa experiencia.",
        easyRead: "Cuando un niño o una niña está en el hospital, tiene derechos. Este proyecto enseña al personal a respetarlos.",
      },
      en: {
        origin: "human",
        title: "Human rights in children's and young people's inpatient units",
        summary:
          "A project that trains staff to respect and uphold the rights of children and young people on psychiatric wards, and helps young people and their families claim those rights.",
        body:
          "Children and young people who seek help from a psychiatric inpatient unit should be able to expect their rights to be respected and to be safe. The reality is often different, and changing it means questioning everyday decisions that have become habit.\n\n" +
          "The project works in two directions. With staff and managers, it builds the knowledge and confidence to make rights-respecting decisions. With young people, their families and those who support them, it helps raise concerns not only as a matter of what is fair but of what the law says.\n\n" +
          "The training materials are written together with young people and families who have experience of admission, and the evaluation centres on that experience.",
      },
      fr: {
        origin: "human",
        title: "Les droits humains dans les unités d’hospitalisation pour enfants et adolescents",
        summary:
          "Un projet qui forme les équipes à respecter et à défendre les droits des enfants et des adolescents hospitalisés, et qui aide les jeunes et leurs familles à faire valoir ces droits.",
        body:
          "Les enfants et les adolescents qui demandent de l’aide à une unité d’hospitalisation psychiatrique devraient pouvoir compter sur le respect de leurs droits et sur leur sécurité. La réalité est souvent autre, et la changer suppose de remettre en question des décisions quotidiennes devenues des habitudes.\n\n" +
          "Le projet agit dans deux directions. Avec les équipes et l’encadrement, il construit les connaissances et la confiance nécessaires pour prendre des décisions respectueuses des droits. Avec les jeunes, leurs familles et leurs accompagnants, il aide à exprimer leurs inquiétudes non seulement au nom de ce qui est juste, mais de ce que dit la loi.\n\n" +
          "Les supports de formation sont écrits avec des jeunes et des familles qui ont connu l’hospitalisation, et l’évaluation part de leur expérience.",
      },
      it: {
        origin: "machine",
        title: "Diritti umani nei reparti di ricovero per bambini e adolescenti",
        summary:
          "Un progetto che forma il personale a rispettare e difendere i diritti di bambini e adolescenti ricoverati, e aiuta i giovani e le loro famiglie a far valere quei diritti.",
        body:
          "I bambini e gli adolescenti che chiedono aiuto a un reparto psichiatrico dovrebbero poter contare sul rispetto dei loro diritti e sulla loro sicurezza. La realtà è spesso diversa, e cambiarla significa rimettere in discussione decisioni quotidiane diventate abitudine.\n\n" +
          "Il progetto lavora in due direzioni. Con il personale e i dirigenti, costruisce conoscenze e fiducia per prendere decisioni rispettose dei diritti. Con i giovani, le loro famiglie e chi li accompagna, aiuta a esprimere le preoccupazioni non solo come questione di ciò che è giusto, ma di ciò che dice la legge.\n\n" +
          "I materiali formativi sono scritti insieme a giovani e famiglie con esperienza di ricovero, e la valutazione parte da quell'esperienza.",
      },
      sv: {
        origin: "machine",
        title: "Mänskliga rättigheter i barn- och ungdomspsykiatrisk heldygnsvård",
        summary:
          "Ett projekt som utbildar personal i att respektera och värna rättigheterna för barn och unga i heldygnsvård, och som hjälper unga och deras familjer att hävda dessa rättigheter.",
        body:
          "Barn och unga som söker hjälp i psykiatrisk heldygnsvård ska kunna lita på att deras rättigheter respekteras och att de är trygga. Verkligheten ser ofta annorlunda ut, och att ändra den kräver att vardagliga beslut som blivit vana ifrågasätts.\n\n" +
          "Projektet arbetar åt två håll. Med personal och chefer bygger det kunskap och trygghet att fatta beslut som respekterar rättigheterna. Med unga, deras familjer och de som stöttar dem hjälper det till att lyfta oro, inte bara som en fråga om vad som är rätt, utan om vad lagen säger.\n\n" +
          "Utbildningsmaterialet skrivs tillsammans med unga och familjer som har erfarenhet av heldygnsvård, och utvärderingen utgår från deras erfarenhet.",
      },
    },
  },
  {
    organisationSlug: "epsm-lille-metropole",
    kind: "training_material",
    originalLanguage: "fr",
    visibility: "members",
    themes: ["peer-support", "co-production"],
    audiences: ["staff", "people-who-use-services"],
    countryCode: "FR",
    links: [],
    texts: {
      fr: {
        origin: "original",
        title: "Repères pour animer des groupes de pairs en sécurité",
        summary:
          "Nos repères pratiques pour des groupes coanimés par des pairs et des professionnels : jamais d’animation en solitaire, des limites claires, la confidentialité et ses exceptions, et que faire quand un repère n’est pas respecté.",
        body:
          "Dans nos groupes, une même personne peut être participante un jour et animatrice le lendemain : c’est le principe de la coproduction. Ces repères servent à ce que personne ne se retrouve dans une situation inconfortable ou dangereuse, pendant ou après une séance.\n\n" +
          "## Jamais seul\n\nChaque séance compte au moins deux animateurs, dont un membre formé de l’équipe. Aucun soutien individuel n’a lieu en dehors des séances.\n\n" +
          "## Confidentialité\n\nCe qui se dit dans un groupe reste dans le groupe, sauf si quelqu’un est en danger : nous suivons alors un protocole connu de tous, en en parlant d’abord avec la personne concernée.\n\n" +
          "## Quand un repère n’est pas respecté\n\nNous en parlons au plus tôt, pour soutenir la personne autant que le groupe.",
      },
      en: {
        origin: "human",
        title: "Guidelines for running peer groups safely",
        summary:
          "Our practical guidelines for groups run jointly by peers and staff: never facilitating alone, clear boundaries, confidentiality and its exceptions, and what to do when a guideline is not kept.",
        body:
          "In our groups the same person may be a participant one day and a facilitator the next: that is what co-production means. These guidelines make sure nobody ends up in an uncomfortable or unsafe situation, during or after a session.\n\n" +
          "## Never alone\n\nEvery session has at least two facilitators, one of them a trained team member. No one-to-one support happens outside the sessions.\n\n" +
          "## Confidentiality\n\nWhat is said in a group stays in the group, unless someone is at risk: we then follow a protocol everyone knows, talking first with the person concerned.\n\n" +
          "## When a guideline is not kept\n\nWe talk about it as early as we can, to support the person as much as the group.",
      },
      it: {
        origin: "machine",
        title: "Indicazioni per condurre gruppi tra pari in sicurezza",
        summary:
          "Le nostre indicazioni pratiche per gruppi condotti insieme da pari e operatori: mai da soli, confini chiari, la riservatezza e le sue eccezioni, e cosa fare quando un'indicazione non è rispettata.",
        body:
          "Nei nostri gruppi la stessa persona può essere partecipante un giorno e facilitatrice il giorno dopo: è il principio della coproduzione. Queste indicazioni servono perché nessuno si trovi in una situazione scomoda o pericolosa, durante o dopo un incontro.\n\n" +
          "## Mai da soli\n\nOgni incontro ha almeno due facilitatori, di cui uno formato. Nessun sostegno individuale avviene fuori dagli incontri.\n\n" +
          "## Riservatezza\n\nCiò che si dice nel gruppo resta nel gruppo, a meno che qualcuno sia in pericolo: allora seguiamo un protocollo noto a tutti, parlandone prima con la persona interessata.\n\n" +
          "## Quando un'indicazione non è rispettata\n\nNe parliamo il prima possibile, per sostenere la persona quanto il gruppo.",
      },
      es: {
        origin: "machine",
        title: "Pautas para conducir grupos de pares con seguridad",
        summary:
          "Nuestras pautas prácticas para grupos conducidos conjuntamente por pares y profesionales: nunca en solitario, límites claros, la confidencialidad y sus excepciones, y qué hacer cuando no se respeta una pauta.",
        body:
          "En nuestros grupos, la misma persona puede ser participante un día y facilitadora al siguiente: eso es la coproducción. Estas pautas sirven para que nadie se encuentre en una situación incómoda o insegura, durante o después de una sesión.\n\n" +
          "## Nunca en solitario\n\nCada sesión tiene al menos dos facilitadores, uno de ellos formado. No hay apoyo individual fuera de las sesiones.\n\n" +
          "## Confidencialidad\n\nLo que se dice en un grupo se queda en el grupo, salvo que alguien esté en peligro: entonces seguimos un protocolo que todos conocen, hablando primero con la persona afectada.\n\n" +
          "## Cuando no se respeta una pauta\n\nLo hablamos cuanto antes, para apoyar a la persona tanto como al grupo.",
      },
      sv: {
        origin: "human",
        title: "Riktlinjer för att leda kamratstödsgrupper tryggt",
        summary:
          "Våra praktiska riktlinjer för grupper som leds gemensamt av personer med egen erfarenhet och personal: aldrig ensam, tydliga gränser, tystnadsplikt och dess undantag, och vad vi gör när en riktlinje inte följs.",
        body:
          "I våra grupper kan samma person vara deltagare en dag och samtalsledare nästa: det är vad samskapande betyder. Riktlinjerna ska se till att ingen hamnar i en obekväm eller otrygg situation, under eller efter en träff.\n\n" +
          "## Aldrig ensam\n\nVarje träff har minst två samtalsledare, varav en utbildad medarbetare. Inget enskilt stöd ges utanför träffarna.\n\n" +
          "## Tystnadsplikt\n\nDet som sägs i gruppen stannar i gruppen, utom när någon är i fara: då följer vi en rutin som alla känner till och pratar först med den det gäller.\n\n" +
          "## När en riktlinje inte följs\n\nVi tar upp det så tidigt vi kan, för att stötta personen lika mycket som gruppen.",
      },
    },
  },
];
