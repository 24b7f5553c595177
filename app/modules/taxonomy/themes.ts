// The network's shared theme taxonomy (DOMAIN.md, "The good-practice library"): what
// organisations work on, what experts know, and later what library entries are about.
// Labels are in locales/<lang>/themes.json.
export const themes = [
  "whole-life-recovery",
  "community-mental-health-development",
  "deinstitutionalisation",
  "crisis-response",
  "housing",
  "work-and-education",
  "peer-support",
  "hearing-voices",
  "human-rights",
  "advocacy",
  "anti-stigma",
  "children-and-young-people",
  "families-and-carers",
  "management-of-change",
  "co-production",
] as const;

export type Theme = (typeof themes)[number];

const themeSet = new Set<string>(themes);

export function isTheme(value: string): value is Theme {
  return themeSet.has(value);
}
