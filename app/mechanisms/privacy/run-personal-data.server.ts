// Runs every area's part of an export or an erasure. The areas come from the caller
// (app/modules/accounts/personal-data.server.ts finds them), so this file knows none.
import type { Db, ErasureRefusal, Person, PersonalDataArea } from "./personal-data-area";

/** The areas in the one order everything runs in (by name), refusing two areas that claim the same table or section. */
export function orderAreas(areas: readonly PersonalDataArea[]): PersonalDataArea[] {
  const ordered = [...areas].sort((a, b) => a.area.localeCompare(b.area));
  const owners = new Map<string, string>();
  for (const { area, models } of ordered) {
    for (const model of models) {
      const owner = owners.get(model);
      if (owner) throw new Error(`${model} is claimed by both ${owner} and ${area}: one area owns each table's personal data`);
      owners.set(model, area);
    }
  }
  return ordered;
}

/** Every area's sections, merged into one object; two areas may not use the same section name. */
export async function collectExport(db: Db, areas: readonly PersonalDataArea[], person: Person) {
  const sections: Record<string, unknown> = {};
  for (const area of areas) {
    if (!area.exportSections) continue;
    for (const [name, value] of Object.entries(await area.exportSections(db, person))) {
      if (name in sections) throw new Error(`Two areas export a section named ${name} (the second is ${area.area})`);
      sections[name] = value;
    }
  }
  return sections;
}

/**
 * Inside the caller's transaction: every area's refusal check first, then, if none
 * refuses, every area's erase step, in order. A refusal leaves everything as it was.
 */
export async function eraseInAreas(tx: Db, areas: readonly PersonalDataArea[], person: Person): Promise<ErasureRefusal | null> {
  for (const area of areas) {
    const refusal = await area.refuseErasure?.(tx, person);
    if (refusal) return refusal;
  }
  for (const area of areas) await area.erase?.(tx, person);
  return null;
}
