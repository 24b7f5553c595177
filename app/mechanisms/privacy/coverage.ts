// Which tables of the data model no area has claimed for a person's export and erasure.
// Read from prisma/schema.prisma itself, so a table added there is seen at once.

export type SchemaModel = { name: string; personFields: string[] };

/**
 * A field that points at a person: a relation to User, an address, or an id named after
 * a person (userId, actorId, applicantId, signatoryId, invitedById, …).
 */
const personField = /^(email|to|ipAddress|userAgent)$|userId$|UserId$|^(actor|applicant|signatory|author|owner)Id$|ById$/;

/** The models of a Prisma schema, each with the fields that point at a person. */
export function readSchemaModels(schema: string): SchemaModel[] {
  const models: SchemaModel[] = [];
  for (const [, name, body] of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const personFields: string[] = [];
    for (const line of body!.split("\n")) {
      const field = /^\s*(\w+)\s+(\w+)/.exec(line);
      if (!field || line.trim().startsWith("//") || line.trim().startsWith("@@")) continue;
      const [, fieldName, type] = field;
      if (type === "User" || personField.test(fieldName!)) personFields.push(fieldName!);
    }
    models.push({ name: name!, personFields });
  }
  return models;
}

export type CoverageProblem = { model: string; problem: string };

/**
 * Every model must be claimed by exactly one area, or be listed as holding nothing about
 * a person; a model with a field that points at a person cannot be listed so.
 */
export function coverageProblems(
  models: SchemaModel[],
  claimed: Map<string, string>,
  holdingNothingPersonal: Record<string, string>,
): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  const names = new Set(models.map((model) => model.name));
  for (const { name, personFields } of models) {
    if (claimed.has(name)) continue;
    if (name in holdingNothingPersonal && personFields.length === 0) continue;
    problems.push({
      model: name,
      problem:
        personFields.length > 0
          ? `has ${personFields.join(", ")}, pointing at a person, and no area claims it. Add it to the models of the area's privacy.server.ts (app/modules/<area>/privacy.server.ts), with its export section and erase step.`
          : `is neither claimed by an area's privacy.server.ts nor listed as holding nothing about a person. Claim it, or list it with the reason.`,
    });
  }
  for (const name of [...claimed.keys(), ...Object.keys(holdingNothingPersonal)]) {
    if (!names.has(name)) problems.push({ model: name, problem: "is named but is not in the schema any more." });
  }
  return problems;
}
