// Shared types of the lint engine: rules, their metadata, findings and fixes.
import type { VFileMessage } from 'vfile-message';
import type { Note, Sentence } from './text/note.js';

/** How loudly a finding is reported; `off` disables the rule. */
export type Severity = 'off' | 'hint' | 'info' | 'warn' | 'error';

/** The severities a finding can carry (a rule that is off reports nothing). */
export type ReportSeverity = Exclude<Severity, 'off'>;

/** One replacement of the source text, in absolute UTF-16 offsets. */
export interface FixEdit {
  /** Offset of the first replaced character. */
  start: number;
  /** Offset just past the last replaced character (equal to `start` for an insertion). */
  end: number;
  /** Replacement text. */
  text: string;
}

/** What a fix does to the note, shown beside its label. */
export type FixEffect = 'rewrite' | 'remove' | 'insert' | 'shorten';

/** A way to resolve a finding: one or more non-overlapping edits applied together. */
export interface Fix {
  /** Short imperative label, e.g. `Rewrite as: “I'd welcome a second conversation.”`. */
  label: string;
  effect: FixEffect;
  /** Safe fixes are applied by `--fix` and fix-all; the others are editor suggestions only. */
  safe: boolean;
  edits: FixEdit[];
}

/** Categories group the rules in the docs and `--list-rules`. */
export type RuleCategory = 'length' | 'tone' | 'content' | 'draft';

/** A JSON Schema fragment for one rule option (kept deliberately small). */
export interface OptionSchema {
  type: 'number' | 'integer' | 'boolean' | 'string' | 'array';
  description: string;
  minimum?: number;
  maximum?: number;
  items?: { type: 'string' };
  enum?: readonly string[];
}

/** Everything about a rule that is not its logic; docs, schema and CLI listings derive from it. */
export interface RuleMeta<O extends object = Record<string, unknown>> {
  /** Public rule id, e.g. `whining`. */
  id: string;
  /** One line: what the rule finds. */
  description: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** The one-line reason traced to the advice the product is built on. */
  why: string;
  /** Whether the rule offers fixes and whether `--fix` may apply them. */
  fixable: 'safe' | 'suggestion' | 'none';
  /** Default option values. */
  defaults: O;
  /** Schema of each option, keyed like `defaults`. */
  options: { [K in keyof O]: OptionSchema };
}

/** What a rule hands to `report`. */
export interface ReportInput {
  /** Offset of the start of the flagged span. */
  start: number;
  /** Offset just past the flagged span. */
  end: number;
  /** What was found, as a clause (“Blames the traffic for arriving late”). */
  found: string;
  /** What to do instead, as a clause (“own the lateness in one short sentence”). */
  instead: string;
  /** Offered resolutions, best first. */
  fixes?: Fix[];
  /** Overrides the configured severity downward (e.g. a soft length warning). */
  severity?: ReportSeverity;
  /** Longer explanation, shown in hovers and docs. */
  note?: string;
}

/** What a rule sees while it runs. */
export interface RuleContext<O extends object> {
  readonly options: Readonly<O>;
  readonly note: Note;
  readonly source: string;
  /**
   * Report a finding. A finding about one sentence may name it, with `key`: everything besides
   * the sentence itself, the text its fixes touch and the rule's options that the finding
   * depends on (what other sentences of the note decide). An editor's next lint can then hand
   * it out again through `again`.
   */
  report(input: ReportInput, about?: SentenceKey): void;
  /**
   * For an editor's re-lint: hand out again the findings this rule reported about `sentence`
   * (see `report`) at the last lint, under the same `key`, when the sentence and everything
   * they cover or their fixes touch lie in the text the edit left alone. True when done: the
   * rule then reports nothing more about the sentence. False otherwise, and always for a
   * one-off lint: report as usual.
   */
  again(sentence: Sentence, key: string): boolean;
}

/** What a finding is about: one sentence, and the key its findings hold under (see RuleContext.report). */
export interface SentenceKey {
  sentence: Sentence;
  key: string;
}

/** The handlers a rule supplies: per sentence (in document order) and once per note. */
export interface RuleHandlers {
  /**
   * Called for each sentence in order. Returning `true` tells the engine that the rule did
   * nothing with this sentence (reported nothing, kept nothing, changed no state) and would do
   * nothing with it in any lint where the sentence's block (its paragraph or heading, all its
   * sentences) reads the same, whatever else the note holds, under the same options. An
   * editor's re-lint then skips the rule on that sentence while its block is unchanged (a
   * changed block's sentences are new). Return nothing when unsure: the rule is then called
   * again next time.
   */
  sentence?(sentence: Sentence): boolean | void;
  end?(note: Note): void;
}

/** A rule: metadata plus a factory called once per lint with fresh state. */
export interface Rule<O extends object = Record<string, unknown>> {
  meta: RuleMeta<O>;
  create(context: RuleContext<O>): RuleHandlers;
}

/** A finding: a VFile message with our extra fields. */
export interface LintMessage extends VFileMessage {
  ruleId: string;
  source: 'followup-lint';
  url: string;
  severity: ReportSeverity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets of the flagged span. */
  startOffset: number;
  endOffset: number;
  /** Offered resolutions, best first (may be empty). */
  fixes: Fix[];
}

/** Figures about the note as a whole, for summaries and the status bar. */
export interface NoteStats {
  wordCount: number;
  maxWords: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** True when nothing at error severity was found. */
  readyToSend: boolean;
}

/** What `lint()` returns. */
export interface LintResult {
  messages: LintMessage[];
  stats: NoteStats;
}
