// Who signs the Charter for each active demo member, and the experts some of them name.
// All invented. A signatory here is a person without a password (nobody signs in as
// them); where a demo account is its organisation's signatory (README), that account
// signs instead, when demo accounts are on.

export type DemoSignatory = { name: string; title: string; language: string };

export const demoSignatories: Record<string, DemoSignatory> = {
  "trieste-mental-health-department": { name: "Paolo Ferri", title: "Direttore del Dipartimento", language: "it" },
  "epsm-lille-metropole": { name: "Hélène Dubois", title: "Directrice", language: "fr" },
  "cornwall-partnership-nhs-trust": { name: "Rachel Penrose", title: "Chief Executive", language: "en" },
  "stockholm-mental-health-services": { name: "Karin Lindqvist", title: "Verksamhetschef", language: "sv" },
  "asturias-mental-health-services": { name: "Javier Fernández Álvarez", title: "Coordinador de Salud Mental", language: "es" },
  "cavan-monaghan-mental-health-service": { name: "Siobhán McCabe", title: "Area Director of Mental Health", language: "en" },
  "associacao-caminhos-de-recuperacao": { name: "Inês Carvalho", title: "Presidente da Direção", language: "es" },
  "gemeindepsychiatrischer-verbund-auenland": { name: "Thomas Keller", title: "Geschäftsführer", language: "en" },
  "stichting-herstelwerkplaats": { name: "Femke de Vries", title: "Directeur", language: "en" },
  "reseau-sante-mentale-meuse-ourthe": { name: "Luc Lambert", title: "Coordinateur du réseau", language: "fr" },
  "associazione-ticinese-voci-e-percorsi": { name: "Chiara Bernasconi", title: "Presidente", language: "it" },
  "institut-romand-sante-mentale-communautaire": { name: "Nathalie Rochat", title: "Directrice de l'institut", language: "fr" },
  "kyklos-society-community-mental-health": { name: "Eleni Papadopoulou", title: "President", language: "en" },
  "drustvo-most-dusevno-zdravje": { name: "Maja Novak", title: "Predsednica društva", language: "it" },
  "centar-psihosocijalne-podrske-kvarner": { name: "Ivana Horvat", title: "Ravnateljica", language: "en" },
  "pomorskie-community-psychiatric-nurses": { name: "Agnieszka Kowalska", title: "Prezes", language: "en" },
  "nordlys-recovery-college": { name: "Ingrid Solberg", title: "Daglig leder", language: "en" },
  "parorendenetvaerket-ostjylland": { name: "Mette Sørensen", title: "Formand", language: "sv" },
  "osterbottens-forening-for-psykisk-halsa": { name: "Anna-Lena Backman", title: "Verksamhetsledare", language: "sv" },
  "collectif-pairs-aidants-plateau": { name: "Mathieu Gagnon", title: "Coordonnateur général", language: "fr" },
  "prairie-housing-first-alliance": { name: "Dana Whitehorse", title: "Executive Director", language: "en" },
  "rede-atencao-psicossocial-serra-verde": { name: "Luíza Andrade", title: "Coordenadora da rede", language: "es" },
  "associacao-familiares-lacos-do-litoral": { name: "Marcos Oliveira", title: "Presidente", language: "en" },
  "red-comunitaria-salud-mental-patagonia-norte": { name: "Valeria Quiroga", title: "Coordinadora general", language: "es" },
  "harbour-peer-support-collective": { name: "Jess Nguyen", title: "Co-chair", language: "en" },
  "kotuku-whanau-wellbeing-trust": { name: "Aroha Ngata", title: "Chair of Trustees", language: "en" },
  "sapporo-community-recovery-research-centre": { name: "Yuki Tanaka", title: "Director", language: "en" },
  "ubuntu-minds-community-trust": { name: "Thandiwe Mokoena", title: "Executive Director", language: "en" },
  "lakeside-peer-wellbeing-network": { name: "Wanjiru Kamau", title: "Coordinator", language: "en" },
  "sahyadri-collective-community-mental-health": { name: "Priya Deshpande", title: "Managing Trustee", language: "en" },
  "green-mountain-open-dialogue-institute": { name: "Sarah Whitfield", title: "Executive Director", language: "en" },
  "centrum-dusevniho-zdravi-morava-jih": { name: "Petra Dvořáková", title: "Ředitelka", language: "en" },
  "terapia-ocupacional-comunitaria-andalucia": { name: "Rocío Moreno", title: "Presidenta", language: "es" },
  "cooperativa-sociale-il-ponte-lungo": { name: "Davide Russo", title: "Presidente della cooperativa", language: "it" },
};

/** The demo accounts (README) that sign for their organisation when demo accounts are on. */
export const demoAccountSignatories: Record<string, string> = {
  "trieste-mental-health-department": "trieste-admin@example.org",
  "epsm-lille-metropole": "lille-admin@example.org",
};

export type DemoExpert = { name: string; topics: string[]; languages: string[]; availability: string };

export const demoExperts: Record<string, DemoExpert[]> = {
  "trieste-mental-health-department": [
    { name: "Roberta Zanin", topics: ["deinstitutionalisation", "management-of-change"], languages: ["it", "en"], availability: "Two visits a year; online talks any time." },
    { name: "Stefano Gallo", topics: ["work-and-education", "whole-life-recovery"], languages: ["it", "sl"], availability: "Hosts study visits in spring." },
  ],
  "epsm-lille-metropole": [
    { name: "Camille Lefebvre", topics: ["anti-stigma", "human-rights"], languages: ["fr", "en"], availability: "Une intervention par trimestre, en ligne ou sur place." },
  ],
  "cornwall-partnership-nhs-trust": [
    { name: "Tom Trevithick", topics: ["crisis-response", "co-production"], languages: ["en"], availability: "Workshops on request, with a month's notice." },
  ],
  "stockholm-mental-health-services": [
    { name: "Erik Holm", topics: ["housing", "community-mental-health-development"], languages: ["sv", "en"], availability: "Can host two visitors in autumn." },
  ],
  "asturias-mental-health-services": [
    { name: "Lucía Menéndez", topics: ["families-and-carers", "children-and-young-people"], languages: ["es", "en"], availability: "Online sessions, once a month." },
  ],
  "cavan-monaghan-mental-health-service": [
    { name: "Declan Brady", topics: ["hearing-voices", "peer-support"], languages: ["en", "ga"], availability: "Available for schools and conferences." },
  ],
  "harbour-peer-support-collective": [
    { name: "Mia Robinson", topics: ["peer-support", "advocacy"], languages: ["en"], availability: "Online, Australian mornings suit Europe's evenings." },
  ],
};
