// A registration form with nothing special said: for themselves, no needs, nobody sees
// them on the participant list. What the demo data and the tests fill in, field by field.
import type { RegistrationForm } from "./registration.schemas";

export function registrationForm(overrides: Partial<RegistrationForm> = {}): RegistrationForm {
  return {
    organisationId: null,
    dietaryNeeds: "",
    accessibilityNeeds: "",
    interpretationNeeds: "",
    listVisibility: "nobody",
    motivation: "",
    answers: {},
    ...overrides,
  };
}
