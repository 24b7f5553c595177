// The library's part of a person's export and erasure. Entries belong to their
// organisation and stay; what names the person is who wrote or reviewed a revision and
// who made each move of its workflow. Erasure forgets the person there (the revision's
// author and reviewer are set to null by their foreign keys when the account goes; the
// history's actor is not a foreign key, so it is cleared here).
import { definePersonalData } from "~/mechanisms/privacy/personal-data-area";

export const personalData = definePersonalData({
  area: "library",
  models: ["LibraryRevision", "LibraryRevisionEvent"],
  async exportSections(db, person) {
    const revisions = await db.libraryRevision.findMany({
      where: { OR: [{ authorId: person.id }, { reviewerId: person.id }] },
      select: {
        number: true,
        status: true,
        authorId: true,
        reviewerId: true,
        reviewNotes: true,
        createdAt: true,
        decidedAt: true,
        entry: { select: { id: true, kind: true, organisation: { select: { name: true } } } },
      },
      orderBy: { createdAt: "asc" },
    });
    const libraryRevisions = revisions.map(({ authorId, reviewerId, ...revision }) => ({
      ...revision,
      wrote: authorId === person.id,
      reviewed: reviewerId === person.id,
    }));
    const libraryMoves = await db.libraryRevisionEvent.findMany({
      where: { actorId: person.id },
      select: { from: true, to: true, notes: true, createdAt: true, revision: { select: { entryId: true, number: true } } },
      orderBy: { createdAt: "asc" },
    });
    return { libraryRevisions, libraryMoves };
  },
  async erase(tx, person) {
    await tx.libraryRevisionEvent.updateMany({ where: { actorId: person.id }, data: { actorId: null } });
    await tx.libraryRevision.updateMany({ where: { authorId: person.id }, data: { authorId: null } });
    await tx.libraryRevision.updateMany({ where: { reviewerId: person.id }, data: { reviewerId: null } });
  },
});
