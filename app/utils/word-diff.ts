// A word-level comparison of two texts, for reading what changed between two revisions.
// Written here rather than taken from the `diff` package: that one is in node_modules only
// as a dependency of the build tools, not of the portal. Longest common subsequence over
// words (spaces and line breaks kept as their own tokens), with the common start and end
// trimmed first, so an edit in a long body costs what the edit touches.

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** Above this many words in the changed middle of both texts, the middle is shown as one removal and one addition. */
const maxCells = 4_000_000;

const tokenize = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    if (text === "") return;
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push("same", a.slice(0, start).join(""));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > maxCells) {
    push("removed", midA.join(""));
    push("added", midB.join(""));
  } else {
    for (const part of middle(midA, midB)) push(part.kind, part.text);
  }
  push("same", a.slice(endA).join(""));
  return parts;
}

/** The classic LCS table, walked from the start. */
function middle(a: readonly string[], b: readonly string[]): DiffPart[] {
  const width = b.length + 1;
  // lengths[i * width + j]: the LCS length of a[i:] and b[j:].
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push({ kind: "same", text: a[i]! });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)) {
      // On a tie the removal comes first: "old new" reads as a replacement.
      parts.push({ kind: "removed", text: a[i]! });
      i++;
    } else {
      parts.push({ kind: "added", text: b[j]! });
      j++;
    }
  }
  return parts;
}

/** True when the two texts differ at all. */
export const hasChanges = (parts: readonly DiffPart[]) => parts.some((part) => part.kind !== "same");
