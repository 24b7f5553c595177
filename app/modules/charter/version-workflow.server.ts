// A Charter version's one move, as a workflow (app/mechanisms/workflows): a network admin
// publishes a draft. A published text is what members sign, so nothing moves it back.
import type { CharterVersionStatus } from "~/generated/prisma/client";
import type { Workflow } from "~/mechanisms/workflows/perform-move.server";
import type { TransitionTable } from "~/mechanisms/workflows/transitions";

export const charterVersionTransitions: TransitionTable<CharterVersionStatus, "networkAdmin"> = [
  { from: "draft", to: "published", by: "networkAdmin" },
];

export const charterVersionWorkflow: Workflow<CharterVersionStatus, "networkAdmin"> = {
  transitions: charterVersionTransitions,
  setState: (tx, where, move) => tx.charterVersion.updateMany({ where, data: { status: move.to, publishedAt: new Date() } }),
  // publishVersion writes charter.version_published itself, with how many were asked to sign.
  auditEntry: () => null,
};
