// Words for the search benchmark's synthetic library, per language: the first words of each
// list are drawn far more often than the last (as in real text, a few words are in most
// entries), and the rare words go into a few entries each. The query list draws from both.
export const corpusLanguages = ["en", "fr", "it", "es", "sv"] as const;
export type CorpusLanguage = (typeof corpusLanguages)[number];

export const commonWords: Record<CorpusLanguage, string[]> = {
  en: ("the of and to in for with people service services mental health community support team care families " +
    "recovery work home peer group groups staff training crisis housing project programme local network users " +
    "listening voices rights advocacy carers young children hospital visits evaluation outcomes practice practices " +
    "week meetings volunteers city region together change experience lived inclusion employment education school " +
    "friendship wellbeing therapy medication discharge stigma campaign partners funding managers policy guide toolkit " +
    "report film study interviews survey findings lessons learned neighbourhood daily open door welcome").split(" "),
  fr: ("le la les de des et à en pour avec personnes service services santé mentale équipe soins familles " +
    "rétablissement travail domicile pairs groupe groupes professionnels formation crise logement projet programme " +
    "réseau usagers écoute voix droits défense aidants jeunes enfants hôpital visites évaluation résultats pratique " +
    "pratiques semaine réunions bénévoles ville région ensemble changement expérience vécue inclusion emploi école " +
    "amitié bien-être thérapie traitement sortie stigmatisation campagne partenaires financement responsables " +
    "politique guide outil rapport film étude entretiens enquête accompagnement quartier quotidien accueil").split(" "),
  it: ("il la le di dei e a in per con persone servizio servizi salute mentale équipe cura famiglie " +
    "guarigione lavoro domicilio pari gruppo gruppi operatori formazione crisi abitare progetto programma rete " +
    "utenti ascolto voci diritti tutela familiari giovani bambini ospedale visite valutazione esiti pratica pratiche " +
    "settimana incontri volontari città regione insieme cambiamento esperienza vissuta inclusione occupazione scuola " +
    "amicizia benessere terapia farmaci dimissione stigma campagna partner finanziamento dirigenti politiche guida " +
    "strumento rapporto film studio interviste indagine territorio quotidiano accoglienza comunità").split(" "),
  es: ("el la los las de y a en para con personas servicio servicios salud mental equipo atención familias " +
    "recuperación trabajo domicilio pares grupo grupos profesionales formación crisis vivienda proyecto programa red " +
    "usuarios escucha voces derechos defensa cuidadores jóvenes niños hospital visitas evaluación resultados práctica " +
    "prácticas semana reuniones voluntarios ciudad región juntos cambio experiencia vivida inclusión empleo escuela " +
    "amistad bienestar terapia medicación alta estigma campaña socios financiación gestores política guía herramienta " +
    "informe película estudio entrevistas encuesta comunitarios barrio cotidiano acogida comunidad").split(" "),
  sv: ("och i att för med av på personer tjänst tjänster psykisk hälsa team vård familjer " +
    "återhämtning arbete hemmet kamrater grupp grupper personal utbildning kris boende projekt program nätverk " +
    "brukare lyssnande röster rättigheter stöd anhöriga unga barn sjukhus besök utvärdering resultat praktik " +
    "arbetssätt vecka möten volontärer staden regionen tillsammans förändring erfarenhet egen delaktighet " +
    "sysselsättning skola vänskap välbefinnande terapi läkemedel utskrivning stigma kampanj partner finansiering " +
    "chefer politik vägledning verktyg rapport film studie intervjuer enkät stödgrupper kommunen vardag öppet").split(" "),
};

/** Each in a handful of entries of its language. */
export const rareWords: Record<CorpusLanguage, string[]> = {
  en: "clozapine tenancy allotment beekeeping ombudsman befriending sculpture choir apprenticeship telepsychiatry".split(" "),
  fr: "clozapine bail jardinage apiculture médiateur parrainage sculpture chorale apprentissage télépsychiatrie".split(" "),
  it: "clozapina locazione orti apicoltura garante affiancamento scultura coro apprendistato telepsichiatria".split(" "),
  es: "clozapina arrendamiento huertos apicultura defensor apadrinamiento escultura coro aprendizaje telepsiquiatría".split(" "),
  sv: "klozapin hyresavtal koloniträdgård biodling ombudsman kontaktperson skulptur kör lärlingsplats telepsykiatri".split(" "),
};

/** Queries as readers type them: other forms of the corpus words, so stemming is exercised. */
export const commonQueries: Record<CorpusLanguage, string[]> = {
  en: ["mental health", "peer groups", "supporting families", "community services", "crisis", "housing project"],
  fr: ["santé mentale", "groupe de pairs", "familles", "service", "crise", "logements"],
  it: ["salute mentale", "gruppi", "famiglia", "servizio", "crisi", "progetti"],
  es: ["salud mental", "servicios comunitarios", "familia", "grupos", "crisis", "proyectos"],
  sv: ["psykisk hälsa", "stödgrupp", "familj", "tjänsterna", "kris", "boendet"],
};

export const rareQueries: Record<CorpusLanguage, string[]> = {
  en: ["clozapine", "beekeeping", "telepsychiatry", "choir"],
  fr: ["apiculture", "chorales", "telepsychiatrie", "parrainages"],
  it: ["apicoltura", "cori", "telepsichiatria", "sculture"],
  es: ["apicultura", "esculturas", "telepsiquiatria", "huerto"],
  sv: ["biodling", "skulpturer", "telepsykiatri", "hyresavtalet"],
};
