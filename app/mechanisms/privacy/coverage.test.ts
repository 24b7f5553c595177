import { expect, test } from "vitest";
import { coverageProblems, readSchemaModels } from "./coverage";

const schema = `
model User {
  id    String  @id
  email String? @unique
}

/// A library entry, by a person.
model LibraryEntry {
  id       String @id
  authorId String
  title    String
}

model Theme {
  key String @id
}

model Loan {
  id     String @id
  reader User   @relation(fields: [readerKey], references: [id])
  readerKey String
}
`;

test("finds the fields that point at a person", () => {
  expect(readSchemaModels(schema)).toEqual([
    { name: "User", personFields: ["email"] },
    { name: "LibraryEntry", personFields: ["authorId"] },
    { name: "Theme", personFields: [] },
    { name: "Loan", personFields: ["reader"] },
  ]);
});

test("a table with a person's field must be claimed, and cannot be waved through as holding nothing personal", () => {
  const models = readSchemaModels(schema);
  const problems = coverageProblems(models, new Map([["User", "accounts"]]), { Theme: "taxonomy", LibraryEntry: "entries" });
  expect(problems.map((problem) => problem.model)).toEqual(["LibraryEntry", "Loan"]);
  expect(problems[0]!.problem).toContain("authorId");
  expect(problems[0]!.problem).toContain("privacy.server.ts");
});

test("a table neither claimed nor listed is a problem, and so is a listed table that no longer exists", () => {
  const models = readSchemaModels(schema);
  const problems = coverageProblems(models, new Map([["User", "accounts"], ["LibraryEntry", "library"], ["Loan", "library"]]), { Gone: "removed" });
  expect(problems.map((problem) => problem.model)).toEqual(["Theme", "Gone"]);
});
