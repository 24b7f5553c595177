// Demo twinning profiles (issue 12): what some members offer and seek, so that each has
// sensible partner suggestions (Trieste and Asturias both work on deinstitutionalisation;
// Lille offers peer support that Stockholm seeks; Cornwall and Ticino on hearing voices…).
export type DemoTwinningProfile = { offers: string[]; seeks: string[]; languages: string[]; hostCapacity: number; hostMonths: number[] };

export const demoTwinningProfiles: Record<string, DemoTwinningProfile> = {
  "trieste-mental-health-department": { offers: ["deinstitutionalisation", "whole-life-recovery", "human-rights"], seeks: ["peer-support", "co-production"], languages: ["it", "en"], hostCapacity: 6, hostMonths: [3, 4, 5, 9, 10] },
  "epsm-lille-metropole": { offers: ["community-mental-health-development", "peer-support", "anti-stigma"], seeks: ["deinstitutionalisation", "crisis-response"], languages: ["fr", "en"], hostCapacity: 4, hostMonths: [4, 5, 6, 9] },
  "cornwall-partnership-nhs-trust": { offers: ["crisis-response", "peer-support"], seeks: ["hearing-voices", "housing"], languages: ["en"], hostCapacity: 3, hostMonths: [5, 6, 7] },
  "stockholm-mental-health-services": { offers: ["crisis-response", "co-production", "families-and-carers"], seeks: ["peer-support", "deinstitutionalisation"], languages: ["sv", "en"], hostCapacity: 4, hostMonths: [9, 10, 11] },
  "asturias-mental-health-services": { offers: ["deinstitutionalisation", "housing", "work-and-education"], seeks: ["crisis-response", "co-production"], languages: ["es", "en"], hostCapacity: 5, hostMonths: [3, 4, 5, 10] },
  "cavan-monaghan-mental-health-service": { offers: ["co-production", "crisis-response"], seeks: ["deinstitutionalisation", "housing"], languages: ["en"], hostCapacity: 2, hostMonths: [6, 7, 8] },
  "associazione-ticinese-voci-e-percorsi": { offers: ["hearing-voices", "families-and-carers"], seeks: ["crisis-response", "co-production"], languages: ["it", "fr", "en"], hostCapacity: 2, hostMonths: [1, 2, 3] },
  "reseau-sante-mentale-meuse-ourthe": { offers: ["housing", "work-and-education"], seeks: ["peer-support", "anti-stigma"], languages: ["fr", "en"], hostCapacity: 3, hostMonths: [9, 10] },
  "drustvo-most-dusevno-zdravje": { offers: ["peer-support", "work-and-education"], seeks: ["deinstitutionalisation", "whole-life-recovery"], languages: ["sl", "it", "en"], hostCapacity: 0, hostMonths: [] },
  "osterbottens-forening-for-psykisk-halsa": { offers: ["housing", "co-production"], seeks: ["families-and-carers", "crisis-response"], languages: ["sv", "en"], hostCapacity: 2, hostMonths: [6, 7, 8] },
};
