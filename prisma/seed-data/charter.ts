import type { Language } from "../../app/utils/languages";

export type CharterSeed = { effectiveFrom: string; texts: Record<Language, { title: string; body: string }> };

const en = `This Charter sets out what the members of the network believe, how they intend to work and what they promise one another. Every member organisation signs it, whether it is a public health service, a voluntary organisation, an organisation led by people with lived experience, a family association or a university. By signing, each member joins a shared effort to make good community mental health care the ordinary experience of everyone who needs support, wherever they live.

## Our purpose

The network brings together places that have built strong community mental health services with places that are at the start of that journey or in the middle of it. We exist so that members can learn from one another: by visiting, by exchanging staff, by studying together and by being honest about what has worked and what has not. We stand for the human rights and full citizenship of people with mental health problems, and we work to replace institutional care with support rooted in ordinary community life.

## Values

- **Human rights and dignity.** Every person is entitled to respect, freedom and equal treatment, and services must protect those rights rather than limit them.
- **The whole person and the whole life.** Support responds to a person's history, relationships, home, work and hopes, not only to a diagnosis.
- **Community rather than institution.** People are best supported in the places where they live, with resources moved from hospitals to local services.
- **Recovery and self-determination.** People lead their own recovery, make their own choices and are recognised for their strengths.
- **Co-production.** People who use services and their families shape services as equal partners, from planning to evaluation.
- **Openness and shared learning.** We share what we know freely, welcome visitors and learn from our mistakes as well as our successes.

## Principles of practice

1. Put the person first: listen to their story and agree support with them, not for them.
2. Offer help early, close to home and at any hour when it is needed, including in a crisis.
3. Bring health and social support together, so that housing, income, work, education and relationships are part of care.
4. Keep coercion and restraint to an absolute minimum, and work actively to end them.
5. Value peer support and lived experience, and create paid roles for people who bring that experience.
6. Work with families, carers and communities, recognising their knowledge and their own need for support.
7. Lead change openly, measure what matters to people, and share the results with the network.

## What members commit to

- Sign this Charter, and sign each new version when it is adopted.
- Publish a short description of their services.
- Share good practice so that it can become part of the network's library.
- Take part in twinning agreements and staff exchanges with other members.
- Host, from time to time, an international school on a theme of interest to the membership.
- Contribute to and take part in conferences, symposia and workshops.
- Name people who are prepared to lend their expertise to the network's work.
- Spread the word about the network and invite new partners in their region or country.

This Charter is a living document. The network will review it with its members, and with people who use services and their families, and will publish each new version in all of its working languages. Signing it is not the end of a process but the beginning of a shared commitment: to keep learning, to keep changing, and to hold one another to the standards set out here.
`;

const fr = `La présente Charte énonce ce en quoi croient les membres du réseau, la manière dont ils entendent travailler et ce qu'ils se promettent les uns aux autres. Chaque organisation membre la signe, qu'il s'agisse d'un service public de santé, d'une association, d'une organisation animée par des personnes ayant un savoir expérientiel, d'une association de familles ou d'une université. En la signant, chaque membre s'associe à un effort commun : faire en sorte que des soins de santé mentale de qualité, dans la cité, deviennent l'expérience ordinaire de toute personne qui a besoin de soutien, où qu'elle vive.

## Notre objectif

Le réseau rassemble des territoires qui ont bâti des services de santé mentale communautaires solides et d'autres qui s'engagent dans cette voie ou sont en train de la parcourir. Nous existons pour que les membres apprennent les uns des autres : en se rendant visite, en échangeant des professionnels, en se formant ensemble et en parlant franchement de ce qui a fonctionné comme de ce qui n'a pas fonctionné. Nous défendons les droits humains et la pleine citoyenneté des personnes vivant avec des troubles psychiques, et nous œuvrons à remplacer la prise en charge institutionnelle par un soutien ancré dans la vie ordinaire de la cité.

## Valeurs

- **Droits humains et dignité.** Toute personne a droit au respect, à la liberté et à l'égalité de traitement, et les services doivent protéger ces droits au lieu de les restreindre.
- **La personne dans sa globalité, la vie dans son ensemble.** Le soutien tient compte de l'histoire de la personne, de ses relations, de son logement, de son travail et de ses aspirations, et pas seulement d'un diagnostic.
- **La cité plutôt que l'institution.** C'est là où elles vivent que les personnes sont le mieux soutenues, grâce à des ressources transférées des hôpitaux vers les services de proximité.
- **Rétablissement et autodétermination.** Les personnes conduisent leur propre rétablissement, font leurs propres choix et sont reconnues pour leurs forces.
- **Coproduction.** Les personnes qui utilisent les services et leurs familles façonnent ces services en partenaires à part entière, de la conception à l'évaluation.
- **Ouverture et apprentissage partagé.** Nous partageons librement nos savoirs, accueillons les visiteurs et tirons des leçons de nos erreurs comme de nos réussites.

## Principes de pratique

1. Placer la personne au premier plan : écouter son histoire et convenir du soutien avec elle, et non à sa place.
2. Proposer une aide précoce, près du domicile et à toute heure lorsque c'est nécessaire, y compris en situation de crise.
3. Réunir le sanitaire et le social, afin que le logement, les ressources, le travail, la formation et les relations fassent partie de l'accompagnement.
4. Réduire la contrainte et la contention au strict minimum, et agir activement pour y mettre fin.
5. Valoriser la pair-aidance et le savoir expérientiel, et créer des postes rémunérés pour les personnes qui apportent cette expérience.
6. Travailler avec les familles, les proches aidants et les communautés, en reconnaissant leurs savoirs et leur propre besoin de soutien.
7. Conduire le changement en toute transparence, mesurer ce qui compte pour les personnes et partager les résultats avec le réseau.

## Ce à quoi s'engagent les membres

- Signer la présente Charte, puis chaque nouvelle version lors de son adoption.
- Publier une brève description de leurs services.
- Partager leurs bonnes pratiques afin qu'elles rejoignent la bibliothèque du réseau.
- Participer à des accords de jumelage et à des échanges de professionnels avec d'autres membres.
- Accueillir de temps à autre une école internationale sur un thème qui intéresse les membres.
- Contribuer et participer aux conférences, symposiums et ateliers.
- Désigner des personnes prêtes à mettre leur expertise au service du réseau.
- Faire connaître le réseau et inviter de nouveaux partenaires dans leur région ou leur pays.

Cette Charte est un document vivant. Le réseau la réexaminera avec ses membres, ainsi qu'avec les personnes qui utilisent les services et leurs familles, et publiera chaque nouvelle version dans toutes ses langues de travail. La signer n'est pas l'aboutissement d'une démarche, mais le début d'un engagement partagé : continuer d'apprendre, continuer d'évoluer et veiller ensemble au respect des exigences qu'elle énonce.
`;

const it = `Questa Carta esprime ciò in cui credono i membri della rete, il modo in cui intendono lavorare e gli impegni che assumono gli uni verso gli altri. La firma ogni organizzazione aderente, che si tratti di un servizio sanitario pubblico, di un'associazione, di un'organizzazione guidata da persone con esperienza vissuta, di un'associazione di familiari o di un'università. Con la firma, ogni membro partecipa a uno sforzo comune: fare in modo che una buona salute mentale di comunità diventi l'esperienza normale di chiunque abbia bisogno di sostegno, ovunque viva.

## Il nostro scopo

La rete mette in contatto luoghi che hanno costruito solidi servizi di salute mentale di comunità con luoghi che hanno appena intrapreso questo percorso o lo stanno attraversando. Esistiamo perché i membri possano imparare gli uni dagli altri: visitandosi, scambiando operatori, studiando insieme e parlando con franchezza di ciò che ha funzionato e di ciò che non ha funzionato. Difendiamo i diritti umani e la piena cittadinanza delle persone con problemi di salute mentale, e lavoriamo per sostituire l'assistenza istituzionale con un sostegno radicato nella vita quotidiana della comunità.

## Valori

- **Diritti umani e dignità.** Ogni persona ha diritto al rispetto, alla libertà e alla parità di trattamento, e i servizi devono tutelare questi diritti anziché limitarli.
- **La persona intera e la vita intera.** Il sostegno risponde alla storia della persona, alle sue relazioni, alla sua casa, al suo lavoro e alle sue speranze, non soltanto a una diagnosi.
- **La comunità, non l'istituzione.** Le persone ricevono il sostegno migliore nei luoghi in cui vivono, con risorse trasferite dagli ospedali ai servizi territoriali.
- **Recovery e autodeterminazione.** Le persone guidano il proprio percorso di recovery, compiono le proprie scelte e vengono riconosciute per i loro punti di forza.
- **Coproduzione.** Le persone che usano i servizi e i loro familiari contribuiscono a costruire i servizi come partner alla pari, dalla programmazione alla valutazione.
- **Apertura e apprendimento condiviso.** Condividiamo liberamente ciò che sappiamo, accogliamo chi viene a trovarci e impariamo dagli errori come dai successi.

## Principi di pratica

1. Mettere al primo posto la persona: ascoltare la sua storia e concordare il sostegno insieme a lei, non al posto suo.
2. Offrire aiuto tempestivo, vicino a casa e a qualsiasi ora quando serve, anche nei momenti di crisi.
3. Integrare sostegno sanitario e sociale, perché casa, reddito, lavoro, formazione e relazioni facciano parte della cura.
4. Ridurre al minimo assoluto la coercizione e la contenzione, e impegnarsi attivamente per eliminarle.
5. Valorizzare il supporto tra pari e l'esperienza vissuta, creando ruoli retribuiti per chi porta questa esperienza.
6. Lavorare con le famiglie, i caregiver e le comunità, riconoscendone le conoscenze e il loro stesso bisogno di sostegno.
7. Guidare il cambiamento in modo trasparente, misurare ciò che conta per le persone e condividere i risultati con la rete.

## Gli impegni dei membri

- Firmare questa Carta e ogni nuova versione al momento della sua adozione.
- Pubblicare una breve descrizione dei propri servizi.
- Condividere le buone pratiche perché entrino a far parte della biblioteca della rete.
- Partecipare ad accordi di gemellaggio e a scambi di operatori con altri membri.
- Ospitare di tanto in tanto una scuola internazionale su un tema di interesse per i membri.
- Contribuire e partecipare a conferenze, simposi e workshop.
- Indicare persone disposte a mettere la propria competenza al servizio della rete.
- Far conoscere il lavoro della rete e invitare nuovi partner nella propria regione o nel proprio paese.

Questa Carta è un documento vivo. La rete la riesaminerà con i propri membri, con le persone che usano i servizi e con i loro familiari, e pubblicherà ogni nuova versione in tutte le sue lingue di lavoro. Firmarla non è la conclusione di un percorso, ma l'inizio di un impegno comune: continuare a imparare, continuare a cambiare e chiederci a vicenda di essere all'altezza degli impegni qui stabiliti.
`;

const es = `Esta Carta recoge aquello en lo que creen los miembros de la red, cómo se proponen trabajar y lo que se prometen unos a otros. La firma cada organización miembro, ya sea un servicio público de salud, una entidad sin ánimo de lucro, una organización dirigida por personas con experiencia propia, una asociación de familias o una universidad. Al firmarla, cada miembro se suma a un esfuerzo común: lograr que una buena atención comunitaria en salud mental sea la experiencia habitual de toda persona que necesite apoyo, viva donde viva.

## Nuestro propósito

La red reúne lugares que han construido servicios comunitarios de salud mental sólidos con otros que están empezando ese camino o se encuentran a mitad de él. Existimos para que los miembros aprendan unos de otros: visitándose, intercambiando profesionales, formándose juntos y hablando con franqueza de lo que ha funcionado y de lo que no. Defendemos los derechos humanos y la plena ciudadanía de las personas con problemas de salud mental, y trabajamos para sustituir la atención institucional por un apoyo arraigado en la vida cotidiana de la comunidad.

## Valores

- **Derechos humanos y dignidad.** Toda persona tiene derecho al respeto, a la libertad y a la igualdad de trato, y los servicios deben proteger esos derechos en lugar de limitarlos.
- **La persona completa y la vida entera.** El apoyo responde a la historia de la persona, a sus relaciones, su hogar, su trabajo y sus esperanzas, no solo a un diagnóstico.
- **La comunidad, no la institución.** Las personas reciben el mejor apoyo en los lugares donde viven, con recursos que pasan de los hospitales a los servicios de proximidad.
- **Recuperación y autodeterminación.** Las personas dirigen su propia recuperación, toman sus propias decisiones y son reconocidas por sus fortalezas.
- **Coproducción.** Las personas usuarias de los servicios y sus familias dan forma a los servicios como socias en pie de igualdad, desde la planificación hasta la evaluación.
- **Apertura y aprendizaje compartido.** Compartimos libremente lo que sabemos, acogemos a quienes nos visitan y aprendemos tanto de los errores como de los aciertos.

## Principios de la práctica

1. Poner a la persona en primer lugar: escuchar su historia y acordar el apoyo con ella, no por ella.
2. Ofrecer ayuda temprana, cerca de casa y a cualquier hora cuando haga falta, también en situaciones de crisis.
3. Integrar el apoyo sanitario y el social, de modo que la vivienda, los ingresos, el empleo, la formación y las relaciones formen parte de la atención.
4. Reducir la coerción y la contención al mínimo imprescindible, y trabajar activamente para eliminarlas.
5. Valorar el apoyo mutuo y la experiencia vivida, y crear puestos remunerados para las personas que aportan esa experiencia.
6. Trabajar con las familias, las personas cuidadoras y las comunidades, reconociendo su conocimiento y su propia necesidad de apoyo.
7. Liderar el cambio con transparencia, medir lo que importa a las personas y compartir los resultados con la red.

## Compromisos de los miembros

- Firmar esta Carta y cada nueva versión cuando se adopte.
- Publicar una breve descripción de sus servicios.
- Compartir buenas prácticas para que se incorporen a la biblioteca de la red.
- Participar en acuerdos de hermanamiento e intercambios de profesionales con otros miembros.
- Acoger de vez en cuando una escuela internacional sobre un tema de interés para los miembros.
- Contribuir y participar en conferencias, simposios y talleres.
- Designar a personas dispuestas a prestar su experiencia al trabajo de la red.
- Dar a conocer la red e invitar a nuevos socios en su región o país.

Esta Carta es un documento vivo. La red la revisará con sus miembros, así como con las personas usuarias de los servicios y sus familias, y publicará cada nueva versión en todas sus lenguas de trabajo. Firmarla no es el final de un proceso, sino el comienzo de un compromiso compartido: seguir aprendiendo, seguir cambiando y exigirnos mutuamente estar a la altura de los principios aquí establecidos.
`;

const sv = `Denna stadga beskriver vad nätverkets medlemmar tror på, hur de vill arbeta och vad de lovar varandra. Varje medlemsorganisation undertecknar den, oavsett om det är en offentlig vårdgivare, en ideell organisation, en organisation som leds av personer med egen erfarenhet, en anhörigförening eller ett universitet. Genom att underteckna den ansluter sig varje medlem till en gemensam strävan: att ett gott samhällsbaserat stöd för psykisk hälsa ska vara det självklara för alla som behöver det, var de än bor.

## Vårt syfte

Nätverket för samman platser som har byggt upp starka samhällsbaserade verksamheter för psykisk hälsa med platser som står i början av den resan eller befinner sig mitt i den. Vi finns till för att medlemmarna ska kunna lära av varandra: genom besök, personalutbyten, gemensamma studier och genom att öppet berätta om vad som har fungerat och vad som inte har gjort det. Vi står upp för de mänskliga rättigheterna och det fulla medborgarskapet för personer med psykisk ohälsa, och vi arbetar för att ersätta institutionsvård med stöd som har sin grund i ett vanligt liv i samhället.

## Värderingar

- **Mänskliga rättigheter och värdighet.** Varje människa har rätt till respekt, frihet och likabehandling, och verksamheterna ska skydda dessa rättigheter i stället för att inskränka dem.
- **Hela människan och hela livet.** Stödet utgår från personens historia, relationer, boende, arbete och förhoppningar, inte bara från en diagnos.
- **Samhälle i stället för institution.** Människor får bäst stöd där de bor, när resurser flyttas från sjukhus till verksamheter i närområdet.
- **Återhämtning och självbestämmande.** Människor leder sin egen återhämtning, gör sina egna val och blir erkända för sina styrkor.
- **Samskapande.** Personer som använder verksamheterna och deras anhöriga formar dem som jämbördiga parter, från planering till utvärdering.
- **Öppenhet och gemensamt lärande.** Vi delar frikostigt med oss av det vi kan, tar emot besökare och lär oss av våra misstag lika väl som av våra framgångar.

## Principer för praktiken

1. Sätt människan först: lyssna på personens berättelse och kom överens om stödet tillsammans med personen, inte över huvudet på den.
2. Erbjud hjälp tidigt, nära hemmet och när som helst på dygnet när den behövs, även vid kris.
3. Förena vård och socialt stöd, så att boende, försörjning, arbete, utbildning och relationer blir en del av stödet.
4. Håll tvång och fastspänning till ett absolut minimum, och arbeta aktivt för att avskaffa dem.
5. Värdesätt kamratstöd och egen erfarenhet, och skapa avlönade tjänster för personer som bidrar med den erfarenheten.
6. Arbeta tillsammans med familjer, anhöriga och lokalsamhällen, och erkänn deras kunskap och deras eget behov av stöd.
7. Led förändring öppet, mät det som är viktigt för människor och dela resultaten med nätverket.

## Vad medlemmarna åtar sig

- Att underteckna denna stadga, och varje ny version när den antas.
- Att publicera en kort beskrivning av sina verksamheter.
- Att dela goda exempel så att de kan bli en del av nätverkets bibliotek.
- Att delta i twinningavtal och personalutbyten med andra medlemmar.
- Att då och då stå värd för en internationell skola i ett ämne som intresserar medlemmarna.
- Att bidra till och delta i konferenser, symposier och workshoppar.
- Att utse personer som är beredda att ställa sin sakkunskap till nätverkets förfogande.
- Att sprida kunskap om nätverket och bjuda in nya partner i sin region eller sitt land.

Denna stadga är ett levande dokument. Nätverket kommer att se över den tillsammans med sina medlemmar, med personer som använder verksamheterna och med deras anhöriga, och publicera varje ny version på alla sina arbetsspråk. Att underteckna den är inte slutet på en process utan början på ett gemensamt åtagande: att fortsätta lära, fortsätta förändras och hålla varandra till de krav som ställs här.
`;

export const charterVersion1: CharterSeed = {
  effectiveFrom: "2025-01-01",
  texts: {
    en: { title: "Charter of Purpose and Action", body: en },
    fr: { title: "Charte d'objectifs et d'action", body: fr },
    it: { title: "Carta degli scopi e delle azioni", body: it },
    es: { title: "Carta de propósitos y acción", body: es },
    sv: { title: "Stadga för syfte och handling", body: sv },
  },
};

/**
 * Version 2, as the network adopted it after its first review: version 1 with one more
 * commitment, on involving people with lived experience in the network's own work.
 */
const addedCommitment: Record<Language, { after: string; line: string }> = {
  en: {
    after: "- Spread the word about the network and invite new partners in their region or country.",
    line: "- Involve people with lived experience, and their families, in the delegations, exchanges and schools they take part in.",
  },
  fr: {
    after: "- Faire connaître le réseau et inviter de nouveaux partenaires dans leur région ou leur pays.",
    line: "- Associer des personnes ayant un savoir expérientiel, et leurs proches, aux délégations, échanges et écoles auxquels ils participent.",
  },
  it: {
    after: "- Far conoscere il lavoro della rete e invitare nuovi partner nella propria regione o nel proprio paese.",
    line: "- Coinvolgere persone con esperienza vissuta, e i loro familiari, nelle delegazioni, negli scambi e nelle scuole a cui partecipano.",
  },
  es: {
    after: "- Dar a conocer la red e invitar a nuevos socios en su región o país.",
    line: "- Incluir a personas con experiencia propia, y a sus familias, en las delegaciones, los intercambios y las escuelas en los que participen.",
  },
  sv: {
    after: "- Att sprida kunskap om nätverket och bjuda in nya partner i sin region eller sitt land.",
    line: "- Att låta personer med egen erfarenhet, och deras anhöriga, ingå i de delegationer, utbyten och skolor de deltar i.",
  },
};

function withAddedCommitment(language: Language) {
  const { title, body } = charterVersion1.texts[language];
  const { after, line } = addedCommitment[language];
  if (!body.includes(after)) throw new Error(`Charter v1 (${language}) lacks the line version 2 adds after`);
  return { title, body: body.replace(after, `${after}\n${line}`) };
}

export const charterVersion2: CharterSeed = {
  effectiveFrom: "2025-10-01",
  texts: {
    en: withAddedCommitment("en"),
    fr: withAddedCommitment("fr"),
    it: withAddedCommitment("it"),
    es: withAddedCommitment("es"),
    // The review that made version 2 also gave the Swedish title the glossary's wording.
    sv: { ...withAddedCommitment("sv"), title: "Stadga om syfte och handling" },
  },
};

/** Active demo members still to sign version 2 (they signed version 1), as some always are. */
export const stillToSignVersion2 = ["kyklos-society-community-mental-health", "pomorskie-community-psychiatric-nurses", "sahyadri-collective-community-mental-health"];
