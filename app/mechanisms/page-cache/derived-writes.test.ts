import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { cascadingForeignKeys, tablesChanged } from "./derived-writes";

/** parent → children whose foreign key to it has onDelete Cascade or SetNull, read from the schema. */
function cascadesInSchema() {
  const schema = fs.readFileSync("prisma/schema.prisma", "utf8");
  const found: Record<string, Set<string>> = {};
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    for (const [, parent, relation] of body!.matchAll(/^[ \t]*\w+[ \t]+(\w+)\??[ \t]+[^\n]*@relation\(([^)\n]*)\)/gm)) {
      if (/onDelete:\s*(Cascade|SetNull)/.test(relation!)) (found[parent!] ??= new Set()).add(model!);
    }
  }
  return Object.fromEntries(Object.entries(found).map(([parent, children]) => [parent, [...children].sort()]));
}

describe("what a write changes without naming it", () => {
  test("the cascades listed are the schema's", () => {
    const listed = Object.fromEntries(Object.entries(cascadingForeignKeys).map(([parent, children]) => [parent, [...children].sort()]));
    expect(listed).toEqual(cascadesInSchema());
  });

  test("a deleted event takes its registrations and their answers; an updated one only itself", () => {
    expect(tablesChanged(["Event"], { deletes: true })).toEqual(expect.arrayContaining(["Event", "Registration", "RegistrationAnswer", "EventFeedback"]));
    expect(tablesChanged(["Event"], { deletes: false })).toEqual(["Event"]);
  });

  test("the library's writes change its search documents, through triggers", () => {
    expect(tablesChanged(["LibraryEntry"], { deletes: false })).toEqual(["LibraryEntry", "LibrarySearchDocument"]);
    expect(tablesChanged(["Organisation"], { deletes: false })).toEqual(["Organisation", "LibrarySearchDocument"]);
  });
});
