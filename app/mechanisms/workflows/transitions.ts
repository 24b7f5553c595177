// A workflow as a table of allowed moves (from a state, to a state, by whom), and the
// questions asked of it. Pure data, so pages can ask "which moves may I offer?" too;
// perform-move.server.ts makes a move. docs/decisions/008-workflows-as-transition-tables.md

/** One allowed move; `by` says who may make it (a coordinator by hand, an approval, a timed job…). */
export type Transition<State extends string, Actor extends string> = {
  readonly from: State;
  readonly to: State;
  readonly by: Actor;
};

export type TransitionTable<State extends string, Actor extends string> = readonly Transition<State, Actor>[];

/** A move asked for: the row, the state the caller saw it in, the state wanted, and who asks. */
export type Move<State extends string, Actor extends string> = { id: string; from: State; to: State; by: Actor };

export function isAllowed<State extends string, Actor extends string>(
  table: TransitionTable<State, Actor>,
  move: Pick<Move<State, Actor>, "from" | "to" | "by">,
) {
  return table.some((transition) => transition.from === move.from && transition.to === move.to && transition.by === move.by);
}

/** The states `by` may move a row to from `from`, in the table's order. */
export function movesFrom<State extends string, Actor extends string>(table: TransitionTable<State, Actor>, from: State, by: Actor) {
  return table.filter((transition) => transition.from === from && transition.by === by).map((transition) => transition.to);
}
