// Demo accounts, one for each role, so a newcomer can try every page. All share one
// password (README). Set DEMO_ACCOUNTS=off where real people use the portal.
import type { NetworkRole, OrganisationRole } from "~/generated/prisma/client";

export const demoPassword = "community-demo-2026";

type DemoPerson = {
  email: string;
  name: string;
  title: string;
  preferredLanguage: string;
  languagesSpoken: string[];
  networkRole?: NetworkRole;
  membership?: { organisation: string; role: OrganisationRole; signatory?: boolean };
};

export const demoPeople: DemoPerson[] = [
  {
    email: "network-admin@example.org",
    name: "Nadia Admin",
    title: "Network administrator",
    preferredLanguage: "en",
    languagesSpoken: ["en", "fr"],
    networkRole: "network_admin",
  },
  {
    email: "coordinator@example.org",
    name: "Colm Coordinator",
    title: "Network coordinator",
    preferredLanguage: "en",
    languagesSpoken: ["en", "ga"],
    networkRole: "coordinator",
  },
  {
    email: "trieste-admin@example.org",
    name: "Giulia Rossi",
    title: "Director",
    preferredLanguage: "it",
    languagesSpoken: ["it", "en", "sl"],
    membership: { organisation: "trieste-mental-health-department", role: "admin", signatory: true },
  },
  {
    email: "trieste-editor@example.org",
    name: "Marco Bianchi",
    title: "Communications officer",
    preferredLanguage: "it",
    languagesSpoken: ["it", "en"],
    membership: { organisation: "trieste-mental-health-department", role: "editor" },
  },
  {
    email: "trieste-member@example.org",
    name: "Sara Conti",
    title: "Peer support worker",
    preferredLanguage: "it",
    languagesSpoken: ["it"],
    membership: { organisation: "trieste-mental-health-department", role: "member" },
  },
  {
    email: "lille-admin@example.org",
    name: "Claire Martin",
    title: "Responsable des partenariats",
    preferredLanguage: "fr",
    languagesSpoken: ["fr", "en"],
    membership: { organisation: "epsm-lille-metropole", role: "admin", signatory: true },
  },
  {
    email: "person@example.org",
    name: "Per Persson",
    title: "",
    preferredLanguage: "sv",
    languagesSpoken: ["sv", "en"],
  },
];
