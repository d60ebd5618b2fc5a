// The work the lint worker does, as plain functions of plain data (so tests can call them
// directly): lint a text, fix a text, and find where disable comments go.
import { fixSync, lintSync, NoteCache, type ResolvedConfig } from '../../rules/index.js';
import { toFinding, type LintOutcome, type RuleFailure } from './findings.js';
import { fileAnchor, ignoreAnchor, parseBlocks, type Anchor } from './anchors.js';

/** A request to the lint worker. */
export type Job =
  | { kind: 'lint'; text: string; resolved: ResolvedConfig; filePath?: string; document?: string }
  | { kind: 'fix'; text: string; resolved: ResolvedConfig; filePath?: string }
  | { kind: 'anchors'; text: string; offsets: number[] };

/** The output of fixing a text with the safe fixes, as `--fix` does. */
export interface FixOutput {
  output: string;
  fixed: number;
}

/** Disable-comment anchors: one per requested offset (or null), and the file's. */
export interface AnchorsOutput {
  ignore: Array<Anchor | null>;
  file: Anchor;
}

/** The result type of each job kind. */
export interface JobResults {
  lint: LintOutcome;
  fix: FixOutput;
  anchors: AnchorsOutput;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How many open documents keep their parsed sections in this worker. */
const CACHED_DOCUMENTS = 16;

/** Parsed sections per open document, most recently linted last. */
const caches = new Map<string, NoteCache>();

/** The section cache of a document, so an edit re-parses only the sections it touched. */
function cacheFor(document: string): NoteCache {
  let cache = caches.get(document);
  if (cache) caches.delete(document);
  else cache = new NoteCache();
  caches.set(document, cache);
  if (caches.size > CACHED_DOCUMENTS) caches.delete(caches.keys().next().value!);
  return cache;
}

/** Lint one text, collecting rule failures instead of throwing. `document` names the editor document it is a version of. */
export function lintJob(text: string, resolved: ResolvedConfig, filePath?: string, document?: string): LintOutcome {
  const ruleFailures: RuleFailure[] = [];
  const result = lintSync(text, {
    resolved,
    filePath,
    cache: document === undefined ? undefined : cacheFor(document),
    onRuleError: (ruleId, error) => ruleFailures.push({ ruleId, message: describe(error) }),
  });
  return { findings: result.messages.map(toFinding), stats: result.stats, ruleFailures };
}

/** Apply every safe fix, pass after pass, exactly as `--fix` does. */
export function fixJob(text: string, resolved: ResolvedConfig, filePath?: string): FixOutput {
  const { output, fixed } = fixSync(text, { resolved, filePath });
  return { output, fixed };
}

/** Anchors for `ignore` comments at each offset and for a file-wide `disable` comment. */
export function anchorsJob(text: string, offsets: readonly number[]): AnchorsOutput {
  const tree = parseBlocks(text);
  return { ignore: offsets.map((o) => ignoreAnchor(tree, text, o) ?? null), file: fileAnchor(tree, text) };
}

/** Run one job. Throws what the engine throws; the caller turns that into a message. */
export function runJob(job: Job): LintOutcome | FixOutput | AnchorsOutput {
  switch (job.kind) {
    case 'lint':
      return lintJob(job.text, job.resolved, job.filePath, job.document);
    case 'fix':
      return fixJob(job.text, job.resolved, job.filePath);
    case 'anchors':
      return anchorsJob(job.text, job.offsets);
  }
}
