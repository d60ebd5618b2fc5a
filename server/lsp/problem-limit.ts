// How many of a document's findings the server publishes (`followupLint.maxProblems`). A real
// note has a few dozen at most; a pasted book can have thousands, more than anyone reads and
// more than VS Code keeps (its extension host shows at most 1,000 a file and drops the rest
// after the language client has converted them all). Past the limit the most severe findings
// are published first, then the earliest, which is the choice VS Code makes itself; one notice
// says how many more there are. Code actions, fix-all and the status bar still see them all.
import type { ReportSeverity } from '../../rules/index.js';

/** The default limit: what VS Code shows of one file. */
export const DEFAULT_MAX_PROBLEMS = 1000;

/** Severities from the most severe. */
const RANK: Record<ReportSeverity, number> = { error: 0, warn: 1, info: 2, hint: 3 };

/** The findings to publish, in their order, and the first of the rest in that order. */
export interface Limited<T> {
  shown: T[];
  hidden: number;
  firstHidden?: T;
}

/**
 * At most `max` of `items` (in document order), the most severe first and within a severity the
 * earliest; all of them when `max` is 0 or they are no more than it. What is kept stays in order.
 */
export function limitProblems<T extends { severity: ReportSeverity }>(items: readonly T[], max: number): Limited<T> {
  if (max <= 0 || items.length <= max) return { shown: items as T[], hidden: 0 };
  // How many of each severity, then the least severe one that is kept (in part).
  const counts = [0, 0, 0, 0];
  for (const item of items) counts[RANK[item.severity] ?? 1]!++;
  let last = 0;
  let room = max;
  while (counts[last]! < room) room -= counts[last++]!;
  // All of `last`'s betters are kept, and the first `room` of its own.
  const shown: T[] = [];
  let firstHidden: T | undefined;
  for (const item of items) {
    const rank = RANK[item.severity] ?? 1;
    if (rank < last || (rank === last && room-- > 0)) shown.push(item);
    else firstHidden ??= item;
  }
  return { shown, hidden: items.length - shown.length, firstHidden };
}

/** What a limit left out: how many findings, and the offsets of the first of them. */
export interface Hidden {
  count: number;
  start: number;
  end: number;
}

/** What `limited` left out, for findings or engine messages; undefined when it kept them all. */
export function hiddenOf(limited: Limited<{ start: number; end: number } | { startOffset: number; endOffset: number }>): Hidden | undefined {
  const first = limited.firstHidden;
  if (!first) return undefined;
  return 'startOffset' in first ? { count: limited.hidden, start: first.startOffset, end: first.endOffset } : { count: limited.hidden, start: first.start, end: first.end };
}

/** The notice published with the findings when some are left out. */
export function hiddenNotice(hidden: number, max: number): string {
  const count = (n: number): string => n.toLocaleString('en-US');
  return `${count(hidden)} more ${hidden === 1 ? 'finding is' : 'findings are'} not shown, the first of them here: followupLint.maxProblems shows at most ${count(max)} a document, the most severe first (0 shows them all).`;
}
