// The lint engine: reads the note once, runs every enabled rule over its sentences in
// one pass, applies inline comment markers, and returns sorted VFile messages.
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { messageControl } from 'unified-message-control';
import { commentMarker } from 'mdast-comment-marker';
import type { Fix, LintMessage, LintResult, NoteStats, ReportInput, ReportSeverity, Rule, RuleContext, RuleHandlers } from './types.js';
import { readNote, type IdleMarks, type KnownEdit, type Note, type NoteCache, type Sentence, type UnreadPart } from './text/note.js';
import { lineIndex, pointOf } from './text/lines.js';
import { MAX_NESTING } from './text/nesting.js';
import { endingWithContent } from './text/marker-tree.js';
import { beginLint, endLint, partsOutliveLint } from './text/sentence-record.js';
import { resolveConfig, validateConfig, type FollowupLintConfig, type ResolvedConfig } from './config.js';
import { RULES, RULE_IDS } from './registry.js';
import { docsUrl, SOURCE } from './meta.js';
import { applyFixes, isSoundFix } from './fix.js';

/** Options for one lint. */
export interface LintOptions {
  /** Rule settings as in a config file; validated. Ignored when `resolved` is given. */
  config?: FollowupLintConfig;
  /**
   * An already-resolved configuration (what the CLI and server pass). Treated as unchanging
   * once passed: what each rule is given is worked out from it once.
   */
  resolved?: ResolvedConfig;
  /** The file's path, for messages. */
  filePath?: string;
  /** Called when a rule throws; the lint carries on and reports it as one message. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /**
   * The rules to run instead of the registry's (which is never changed), for embedders
   * and tests that add a rule of their own. Each runs at its configured setting, or at
   * its default severity and options when the configuration does not name it.
   */
  rules?: ReadonlyArray<Rule<object>>;
  /**
   * Parsed sections of this document kept from its last lint (an editor passes the same
   * cache on every change), so only the sections an edit touched are parsed again. A finding
   * in the unchanged start of the text may come back as the very message object the last lint
   * gave: treat messages as read-only.
   */
  cache?: NoteCache;
  /**
   * With `cache`: what the caller knows of how this text differs from the one it last linted
   * with the cache (an editor applying a change knows what it left untouched). `base` is that
   * text; `head` and `tail` are how many characters at its start and end the change did not
   * touch, and must be so. Spares comparing the two texts over those lengths (two passes over
   * a long document at every edit). Ignored when `base` is not the text the cache last read.
   */
  edit?: KnownEdit;
  /**
   * With `cache`: a re-lint may hand out the last lint's message for a finding in the unchanged
   * end of the text moved to its new place (offsets, lines, and its fixes, which are this
   * lint's), rather than making it anew. The last lint's result then no longer describes the
   * text it was made from, so this is for a caller that keeps only the latest result (the
   * language server's lint worker): a long document edited in its middle has half its
   * findings there, which would otherwise be made, and kept, anew at every edit.
   */
  moveMessages?: boolean;
}

const SEVERITY_RANK: Record<ReportSeverity, number> = { hint: 0, info: 1, warn: 2, error: 3 };

/** A message's VFile `fatal` for its severity: true for errors, false for warnings, else unset. */
export function fatalOf(severity: ReportSeverity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warn' ? false : undefined;
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(0, Math.floor(Number.isFinite(n) ? n : 0)), max);
}

/** The text a rewrite puts in. */
function rewriteText(fix: Fix): string {
  const { edits } = fix;
  if (edits.length === 1) return edits[0]!.text;
  let text = '';
  for (const e of edits) text += e.text;
  return text;
}

/**
 * A copy of the fixes that are sound for `source`. Most findings have one fix or none: that
 * copy is made at its size, not grown from empty.
 */
function soundFixes(given: readonly Fix[] | undefined, source: string): Fix[] {
  if (!given || given.length === 0) return [];
  if (given.length === 1) return isSoundFix(given[0]!, source) ? [given[0]!] : [];
  const fixes: Fix[] = [];
  for (const fix of given) if (isSoundFix(fix, source)) fixes.push(fix);
  return fixes;
}

/** The text each rewrite among `fixes` puts in, in order. */
function rewrites(fixes: readonly Fix[]): string[] {
  if (fixes.length === 1) return fixes[0]!.effect === 'rewrite' ? [rewriteText(fixes[0]!)] : [];
  const out: string[] = [];
  for (const fix of fixes) if (fix.effect === 'rewrite') out.push(rewriteText(fix));
  return out;
}

/**
 * Reasons made during lints whose parts outlive them (an editor's cached note), by what was
 * found, with what to do instead that they were made with. A re-lint reports most of the last one's findings again, and
 * handing out the same text for the same reason lets what is kept by message text downstream
 * (the server's encoded diagnostics) be found by a look-up that need not read the text. Kept
 * for a bounded number of reasons; past that, the store starts afresh.
 */
const reasons = new Map<string, { instead: string; reason: string }>();
const KEPT_REASONS = 20_000;

function reasonOf(found: string, instead: string): string {
  if (!partsOutliveLint()) return `${found}; ${instead}.`;
  let kept = reasons.get(found);
  if (kept?.instead !== instead) {
    if (reasons.size >= KEPT_REASONS) reasons.clear();
    reasons.set(found, (kept = { instead, reason: `${found}; ${instead}.` }));
  }
  return kept.reason;
}

function toMessage(
  file: string,
  note: Note,
  ruleId: string,
  url: string,
  severity: ReportSeverity,
  input: ReportInput,
): LintMessage {
  const source = note.source;
  const length = source.length;
  const startOffset = clamp(input.start, length);
  const endOffset = Math.max(startOffset, clamp(input.end, length));
  const start = pointOf(note.lineStarts, startOffset);
  // The end is on the start's line or after it: the search starts there.
  const end = pointOf(note.lineStarts, endOffset, start.line - 1);
  const reason = reasonOf(input.found, input.instead);
  // VFileMessage is an Error that blanks its stack: capturing one first is wasted work,
  // which a document with thousands of findings pays thousands of times.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: LintMessage;
  try {
    // Made with its reason alone and given its place below: handed a place, the constructor
    // would work out the same fields by testing which kind of place it is, point by point.
    message = new VFileMessage(reason) as LintMessage;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  message.place = { start, end };
  message.line = start.line;
  message.column = start.column;
  // What VFileMessage names a message with this place (unist-util-stringify-position's form).
  message.name = `${start.line}:${start.column}-${end.line}:${end.column}`;
  message.ruleId = ruleId;
  message.source = SOURCE;
  message.file = file;
  message.fatal = fatalOf(severity);
  message.severity = severity;
  message.url = url;
  message.endLine = end.line;
  message.endColumn = end.column;
  message.startOffset = startOffset;
  message.endOffset = endOffset;
  message.actual = source.slice(startOffset, endOffset);
  // A rule's malformed fix is dropped here, so no client is ever offered one that corrupts the note.
  const fixes = soundFixes(input.fixes, source);
  message.expected = rewrites(fixes);
  if (input.note) message.note = input.note;
  message.fixes = fixes;
  return message;
}

/** A rule's error as text; anything can be thrown, including values that refuse to become a string. */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return 'a value that cannot be shown';
  }
}

/** A message about the linter itself (a failing rule, a bad comment marker). */
function internalMessage(file: VFile, note: Note, ruleId: string, found: string, instead: string, offset = 0): LintMessage {
  return toMessage(file.path ?? '', note, ruleId, docsUrl(ruleId), 'warn', { start: offset, end: offset, found, instead });
}

/**
 * The notice for a part of the note left unread because its lists or quotes nest too deeply
 * (see rules/text/nesting.ts), at the first line nested past the limit.
 */
function unreadMessage(file: VFile, note: Note, part: UnreadPart): LintMessage {
  const first = lineIndex(note.lineStarts, part.start);
  const last = lineIndex(note.lineStarts, part.end, first);
  const lines = first === last ? `line ${first + 1} was` : `lines ${first + 1} to ${last + 1} were`;
  const found = `Lists or block quotes nest more than ${MAX_NESTING} levels deep here, so ${lines} not checked`;
  return internalMessage(file, note, 'nesting-limit', found, 'nest them less deeply to have them checked', part.deepAt);
}

/** Count findings per severity and give the note's verdict. */
export function noteStats(messages: readonly LintMessage[], wordCount: number, maxWords: number): NoteStats {
  const stats: NoteStats = { wordCount, maxWords, errors: 0, warnings: 0, infos: 0, hints: 0, readyToSend: true };
  for (const m of messages) {
    if (m.severity === 'error') stats.errors++;
    else if (m.severity === 'warn') stats.warnings++;
    else if (m.severity === 'info') stats.infos++;
    else stats.hints++;
  }
  stats.readyToSend = stats.errors === 0;
  return stats;
}

/** The default configuration, resolved once for the lints given neither `config` nor `resolved`. */
let defaultResolved: ResolvedConfig | undefined;

/**
 * The options each rule's context is given, by resolved configuration and rule id: a lint of
 * a short note would otherwise spend more copying every rule's options than some rules take.
 * Rules never change their options.
 */
const contextOptions = new WeakMap<ResolvedConfig, Map<string, object>>();

function optionsFor(resolved: ResolvedConfig, ruleId: string, options: object): object {
  let byRule = contextOptions.get(resolved);
  if (!byRule) contextOptions.set(resolved, (byRule = new Map()));
  let given = byRule.get(ruleId);
  if (!given) byRule.set(ruleId, (given = { ...options, templates: resolved.templates }));
  return given;
}

/**
 * A lint plan per resolved configuration and rule list: what a sentence's idle marks (see
 * RuleHandlers.sentence) hold under. A lint under another configuration or with other rules
 * never reads marks made under this one.
 */
const plans = new WeakMap<ResolvedConfig, WeakMap<ReadonlyArray<Rule<object>>, object>>();

function planOf(resolved: ResolvedConfig, rules: ReadonlyArray<Rule<object>>): object {
  let byRules = plans.get(resolved);
  if (!byRules) plans.set(resolved, (byRules = new WeakMap()));
  let plan = byRules.get(rules);
  if (!plan) byRules.set(rules, (plan = {}));
  return plan;
}

/**
 * A rule's reports in one lint, in the order made: each message followed by the report it was
 * made from.
 */
type ReportLog = Array<LintMessage | ReportInput>;

/** A finding reported about a sentence (see RuleContext.report): its message and the report it was made from. */
interface SentenceFinding {
  message: LintMessage;
  made: ReportInput;
}

/**
 * A rule's findings about each sentence in one lint, with the key they were made under
 * (undefined when the rule gave the sentence two keys) and where the sentence started then.
 */
type SentenceLog = Map<Sentence, { key: string | undefined; at: number; findings: SentenceFinding[] }>;

/**
 * A cached document's last lint: the text and its line starts, under which plan and path, each
 * rule's reports, and its findings about sentences.
 */
interface LastLint {
  source: string;
  lineStarts: readonly number[];
  plan: object;
  path: string;
  logs: Map<string, ReportLog>;
  bySentence: Map<string, SentenceLog>;
}

/**
 * The last lint of each cached document. A re-lint hands out a message of it again for the
 * same report when the report lies wholly in the unchanged start of the text: the message is
 * made from the report, the text at its offsets and at its fixes' edges, and the lines before
 * them, all as they were. After an edit that is every finding above it (half of a long
 * document's, edited in its middle), each of which would otherwise be made anew. With
 * `moveMessages`, the same holds for a report wholly in the unchanged end of the text, on a
 * line that starts there: its message is moved by as far as that end moved, in characters and
 * lines, and given the report's fixes; its columns, text, reason and rewrites stand.
 */
const lastLints = new WeakMap<NoteCache, LastLint>();

/** What of the last lint's text a re-lint finds unchanged. */
interface Unchanged {
  /** Reports and fix edits wholly before this offset lie in the unchanged start. */
  limit: number;
  /** Reports and fix edits wholly after this offset lie in the unchanged end; past the text when messages are not moved. */
  tailAfter: number;
  /** How far the unchanged end moved: the new length minus the old. */
  shift: number;
  /** How many lines it moved. */
  lineShift: number;
  /** The last lint's line starts. */
  lineStarts: readonly number[];
}

/** Where a rule's re-lint reads the last lint's reports: its log, and how far it has read. */
interface Replay {
  log: ReportLog;
  at: number;
}

/** Whether every edit of `fixes`, moved by `shift`, lies after `after` and before `before`. */
function fixesWithin(fixes: readonly Fix[] | undefined, shift: number, after: number, before: number): boolean {
  if (!fixes) return true;
  for (const fix of fixes) {
    if (!Array.isArray(fix.edits)) return false;
    for (const e of fix.edits) {
      const start = e.start + shift;
      const end = e.end + shift;
      if (!(Number.isInteger(start) && Number.isInteger(end) && start > after && end > after && start < before && end < before)) return false;
    }
  }
  return true;
}

/** Whether a report's fixes are the last one's moved by `shift`, every edit after `after` and before `before` (see `fixesWithin`). */
function sameFixes(given: readonly Fix[] | undefined, made: readonly Fix[] | undefined, shift: number, after: number, before: number): boolean {
  const count = given?.length ?? 0;
  if ((made?.length ?? 0) !== count) return false;
  for (let k = 0; k < count; k++) {
    const a = given![k]!;
    const b = made![k]!;
    if (a !== b && (a.label !== b.label || a.effect !== b.effect || a.safe !== b.safe)) return false;
    const edits = a.edits;
    const others = b.edits;
    if (!Array.isArray(edits) || !Array.isArray(others) || edits.length !== others.length) return false;
    for (let j = 0; j < edits.length; j++) {
      const e = edits[j]!;
      const f = others[j]!;
      if (e.start !== f.start + shift || e.end !== f.end + shift || e.text !== f.text) return false;
    }
  }
  return fixesWithin(made, shift, after, before);
}

/**
 * Whether the last lint's `message`, made from `made`, lies in the unchanged end of the text
 * once moved by as far as that end moved, and moves whole: its columns stand where its line
 * starts there, and its fixes where all of them were sound (so all are after the move).
 */
function movesWithEnd(message: LintMessage, made: ReportInput, unchanged: Unchanged): boolean {
  const { shift, tailAfter } = unchanged;
  return (
    message.startOffset + shift > tailAfter &&
    unchanged.lineStarts[message.line - 1]! + shift > tailAfter &&
    message.fixes.length === (made.fixes?.length ?? 0)
  );
}

/** Move `message` (of the unchanged end of the text) by `shift` characters and `lineShift` lines, giving it `fixes`. */
function moveMessage(message: LintMessage, shift: number, lineShift: number, fixes: readonly Fix[] | undefined): LintMessage {
  const { start, end } = message.place as { start: { line: number; offset: number }; end: { line: number; offset: number } };
  start.line += lineShift;
  start.offset += shift;
  end.line += lineShift;
  end.offset += shift;
  message.line = start.line;
  message.endLine = end.line;
  message.name = `${start.line}:${message.column}-${end.line}:${message.endColumn}`;
  message.startOffset += shift;
  message.endOffset += shift;
  message.fixes = fixes && fixes.length > 0 ? fixes.slice() : [];
  return message;
}

/**
 * The message for `input` from the last lint's, when the rule made the same report there and
 * it lies wholly in the unchanged start of the text (the very message) or, when messages are
 * moved, in its unchanged end (the message moved). Reports come mostly in document order, so
 * the log is read on from where the last look-up stopped; one out of order is simply made anew.
 */
function replayed(replay: Replay, input: ReportInput, severity: ReportSeverity, unchanged: Unchanged): LintMessage | undefined {
  const { start, end } = input;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end)) return undefined;
  const before = end < unchanged.limit;
  if (!before && !(start > unchanged.tailAfter)) return undefined;
  const shift = before ? 0 : unchanged.shift;
  const target = start - shift;
  const { log } = replay;
  let i = replay.at;
  while (i < log.length && (log[i] as LintMessage).startOffset < target) i += 2;
  replay.at = i;
  if (i >= log.length) return undefined;
  const message = log[i] as LintMessage;
  const made = log[i + 1] as ReportInput;
  if (message.startOffset !== target || message.endOffset !== end - shift || message.severity !== severity) return undefined;
  if (made.found !== input.found || made.instead !== input.instead || made.note !== input.note) return undefined;
  if (before) {
    if (!sameFixes(input.fixes, made.fixes, 0, -1, unchanged.limit)) return undefined;
    replay.at = i + 2;
    return message;
  }
  if (!sameFixes(input.fixes, made.fixes, shift, unchanged.tailAfter, Infinity) || !movesWithEnd(message, made, unchanged)) return undefined;
  replay.at = i + 2;
  return moveMessage(message, shift, unchanged.lineShift, input.fixes);
}

/**
 * Whether a finding the last lint made about an unchanged sentence, which has since moved by
 * `moved` characters, holds again as it was: its span and its fixes' edits lie wholly in the
 * unchanged start of the text and the sentence has not moved, or, when messages are moved, in
 * its unchanged end on a line that starts there, with every fix sound, and the sentence has
 * moved with that end. (A section of the changed span is reused wherever the new text repeats
 * it, so an unchanged sentence may now stand where another equal one stood.)
 */
function standsAgain({ message, made }: SentenceFinding, moved: number, unchanged: Unchanged): boolean {
  if (message.startOffset !== made.start || message.endOffset !== made.end) return false;
  if (message.endOffset < unchanged.limit) return moved === 0 && fixesWithin(made.fixes, 0, -1, unchanged.limit);
  const shift = unchanged.shift;
  return moved === shift && movesWithEnd(message, made, unchanged) && fixesWithin(made.fixes, shift, unchanged.tailAfter, Infinity);
}

/** `fixes` with every edit moved by `shift`. */
function movedFixes(fixes: readonly Fix[] | undefined, shift: number): Fix[] | undefined {
  if (!fixes) return undefined;
  return fixes.map((fix) => ({
    label: fix.label,
    effect: fix.effect,
    safe: fix.safe,
    edits: fix.edits.map((e) => ({ start: e.start + shift, end: e.end + shift, text: e.text })),
  }));
}

/**
 * A finding that stands again (see `standsAgain`) as this lint hands it out: the same message
 * in the unchanged start; in the unchanged end, the message moved, with its report moved too.
 */
function handedOut(finding: SentenceFinding, unchanged: Unchanged): SentenceFinding {
  const { message, made } = finding;
  if (message.endOffset < unchanged.limit) return finding;
  const shift = unchanged.shift;
  const fixes = movedFixes(made.fixes, shift);
  const moved: ReportInput = { start: made.start + shift, end: made.end + shift, found: made.found, instead: made.instead, fixes, severity: made.severity, note: made.note };
  return { message: moveMessage(message, shift, unchanged.lineShift, fixes), made: moved };
}

/** Rules past this position in their list are never marked idle (the marks are one 31-bit number). */
const MARKED_RULES = 31;

/** Lint a note synchronously (the CLI and server use this; `lint` wraps it). */
export function lintSync(source: string, options: LintOptions = {}): LintResult {
  // What rules keep about each sentence outlives the lint only for a cached (editor's) note.
  beginLint(options.cache !== undefined);
  try {
    return lintNote(source, options);
  } finally {
    endLint();
  }
}

function lintNote(source: string, options: LintOptions): LintResult {
  const resolved = options.resolved ?? (options.config ? resolveConfig(validateConfig(options.config)) : (defaultResolved ??= resolveConfig({})));
  const file = new VFile({ value: source, path: options.filePath });
  const note = readNote(source, options.cache, options.edit);
  const path = file.path ?? '';
  for (const part of note.unread) file.messages.push(unreadMessage(file, note, part));

  const rules = options.rules ?? RULES;
  // Idle marks are kept only for a cached note: a one-off note's sentences are not met again.
  const plan = options.cache ? planOf(resolved, rules) : undefined;
  // Messages are handed out again for the registry's rules, whose reports carry nothing the
  // comparison does not read.
  const cache = options.rules ? undefined : options.cache;
  const logs = cache ? new Map<string, ReportLog>() : undefined;
  const bySentence = cache ? new Map<string, SentenceLog>() : undefined;
  const last = cache && lastLints.get(cache);
  // Set again when this lint ends: one that throws leaves nothing to hand out again, as its
  // messages may have moved.
  if (cache) lastLints.delete(cache);
  const change = cache?.change;
  const unchanged: Unchanged | undefined =
    last && change && last.plan === plan && last.path === path && last.source === change.before
      ? {
          limit: change.prefix,
          tailAfter: options.moveMessages ? source.length - change.suffix : Infinity,
          shift: change.delta,
          lineShift: note.lineStarts.length - last.lineStarts.length,
          lineStarts: last.lineStarts,
        }
      : undefined;

  const active: Array<{ rule: Rule<object>; handlers: RuleHandlers; failed: boolean; bit: number }> = [];
  const failed = new Set<string>();
  const fail = (ruleId: string, error: unknown): void => {
    if (failed.has(ruleId)) return;
    failed.add(ruleId);
    for (const entry of active) if (entry.rule.meta.id === ruleId) entry.failed = true;
    options.onRuleError?.(ruleId, error);
    const detail = describeError(error);
    file.messages.push(internalMessage(file, note, ruleId, `Rule ${ruleId} failed on this note (${detail}) and was skipped`, 'please report this with the note that caused it'));
  };

  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const setting = resolved.rules[rule.meta.id];
    const configured = setting?.severity ?? rule.meta.defaultSeverity;
    if (configured === 'off') continue;
    const url = docsUrl(rule.meta.id);
    const log: ReportLog | undefined = logs ? [] : undefined;
    if (log) logs!.set(rule.meta.id, log);
    const previous = unchanged && last!.logs.get(rule.meta.id);
    const replay: Replay | undefined = previous && { log: previous, at: 0 };
    const sentenceLog: SentenceLog | undefined = bySentence ? new Map() : undefined;
    if (sentenceLog) bySentence!.set(rule.meta.id, sentenceLog);
    const previousBySentence = unchanged && last!.bySentence.get(rule.meta.id);
    const keep = (sentence: Sentence, key: string, finding: SentenceFinding): void => {
      const entry = sentenceLog!.get(sentence);
      if (!entry) sentenceLog!.set(sentence, { key, at: sentence.start, findings: [finding] });
      else {
        if (entry.key !== key) entry.key = undefined;
        entry.findings.push(finding);
      }
    };
    const context: RuleContext<object> = {
      // A rule the configuration does not know (one passed in `rules`) gets its defaults.
      options: setting ? optionsFor(resolved, rule.meta.id, setting.options) : { ...rule.meta.defaults, templates: resolved.templates },
      note,
      source,
      report(input, about) {
        const wanted = input.severity ?? configured;
        const severity = SEVERITY_RANK[wanted] < SEVERITY_RANK[configured] ? wanted : configured;
        if (about && sentenceLog) {
          // Kept by sentence, for `again`; not in the log read in document order.
          const message = toMessage(path, note, rule.meta.id, url, severity, input);
          file.messages.push(message);
          keep(about.sentence, about.key, { message, made: input });
          return;
        }
        const kept = replay && replayed(replay, input, severity, unchanged!);
        if (kept) {
          file.messages.push(kept);
          // For a message handed out as it was, the log keeps the report it was made from,
          // equal to this one: this one and its fixes, made afresh at every lint, then die young
          // rather than being kept until the next lint (what a young collection finds alive, it
          // copies). A moved message holds this report's fixes, so this report is kept.
          log?.push(kept, kept.startOffset < unchanged!.limit ? replay.log[replay.at - 1]! : input);
          return;
        }
        const message = toMessage(path, note, rule.meta.id, url, severity, input);
        file.messages.push(message);
        log?.push(message, input);
      },
      again(sentence, key) {
        const previous = previousBySentence?.get(sentence);
        if (!previous || previous.key !== key) return false;
        // All of them or none: the rule reports them all afresh otherwise.
        const moved = sentence.start - previous.at;
        for (const finding of previous.findings) if (!standsAgain(finding, moved, unchanged!)) return false;
        for (const finding of previous.findings) {
          const now = handedOut(finding, unchanged!);
          file.messages.push(now.message);
          keep(sentence, key, now);
        }
        return true;
      },
    };
    try {
      active.push({ rule, handlers: rule.create(context), failed: failed.has(rule.meta.id), bit: plan && r < MARKED_RULES ? 1 << r : 0 });
    } catch (error) {
      fail(rule.meta.id, error);
    }
  }

  // One pass over the sentences for all rules (a long document has ten thousand of them).
  const perSentence = active.filter((entry) => entry.handlers.sentence);
  const { sentences } = note;
  // Indexed loops: an iterator per sentence was most of what this loop allocated.
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] as Sentence & Partial<IdleMarks>;
    // The rules that said last time that they have nothing to do here are not asked again.
    const marked = plan !== undefined && sentence.idlePlan === plan;
    const skip = marked ? sentence.idleRules! : 0;
    let idle = 0;
    for (let k = 0; k < perSentence.length; k++) {
      const entry = perSentence[k]!;
      if (entry.failed || (skip & entry.bit) !== 0) continue;
      try {
        if (entry.handlers.sentence!(sentence) === true) idle |= entry.bit;
      } catch (error) {
        fail(entry.rule.meta.id, error);
      }
    }
    if (plan !== undefined && !marked) {
      sentence.idleRules = idle;
      sentence.idlePlan = plan;
    }
  }
  for (const entry of active) {
    if (!entry.handlers.end || entry.failed) continue;
    try {
      entry.handlers.end(note);
    } catch (error) {
      fail(entry.rule.meta.id, error);
    }
  }

  applyCommentMarkers(file, note, options.rules ? [...new Set([...RULE_IDS, ...rules.map((r) => r.meta.id)])] : RULE_IDS);

  const messages = (file.messages as LintMessage[]).sort(
    (a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset || compareIds(a.ruleId, b.ruleId),
  );
  if (cache) lastLints.set(cache, { source, lineStarts: note.lineStarts, plan: plan!, path, logs: logs!, bySentence: bySentence! });
  const maxWords = Number(resolved.rules['too-long']?.options['maxWords'] ?? 200);
  return { messages, stats: noteStats(messages, note.wordCount, maxWords) };
}

/**
 * Rule ids in code-unit order: the same under every locale, and without the collator that the
 * first localeCompare in a process builds (~14 ms, a twentieth of a one-note CLI run).
 */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isOurs(message: VFileMessage): message is LintMessage {
  return message.source === SOURCE && Array.isArray((message as Partial<LintMessage>).fixes);
}

function offsetOf(message: VFileMessage): number {
  const place = message.place;
  return place && 'start' in place ? (place.start.offset ?? 0) : (place?.offset ?? 0);
}

/** Reword message control's warning about an unknown rule in a marker. */
function markerWarning(reason: string): string {
  const unknown = /^Cannot (\w+) `'?([^`']+)'?`/.exec(reason);
  if (unknown) return `Unknown rule "${unknown[2]}" in a followup-lint ${unknown[1]} comment`;
  return reason.replace(/`'?|'?`/g, '"');
}

/** The name every comment marker carries. */
const MARKER_NAME = new RegExp(SOURCE, 'i');

/** The verbs a marker may use without naming a rule, meaning every rule. */
const VERBS = new Set(['disable', 'enable', 'ignore']);

/**
 * A comment marker, with a verb that names no rule read as naming every known rule. Message
 * control keeps such a marker apart, as a state of its own over all rules, and a bare `disable`
 * there also changes what it takes every rule to have been before the marker: every finding
 * above a `disable` comment went, and a later `enable whining` did not bring whining back. Named
 * one by one, the rules go off and on from the comment on, as the docs say.
 */
function markerFor(known: readonly string[]): typeof commentMarker {
  const all = known.join(' ');
  return (node) => {
    const marker = commentMarker(node);
    if (marker?.name === SOURCE) {
      const verb = marker.attributes.trim();
      if (VERBS.has(verb)) marker.attributes = `${verb} ${all}`;
    }
    return marker;
  };
}

/** Honour `<!-- followup-lint disable|enable|ignore [rules] -->` comments. */
function applyCommentMarkers(file: VFile, note: Note, known: readonly string[]): void {
  // Every marker names the linter; without the name there is nothing to honour, and no tree
  // need be read.
  if (!MARKER_NAME.test(note.source)) return;
  const root = endingWithContent(note.markerTree);
  try {
    messageControl(root, { file, marker: markerFor(known), name: SOURCE, known: [...known], source: SOURCE });
  } catch (error) {
    // A malformed marker (an unknown keyword) is reported, not thrown; nothing is filtered then.
    const reason = error instanceof Error ? error.message : String(error);
    const offset = error instanceof VFileMessage ? offsetOf(error) : 0;
    file.messages = file.messages.filter(isOurs);
    file.messages.push(internalMessage(file, note, 'comment-marker', reason.replace(/`/g, '"'), 'use enable, disable or ignore', offset));
    return;
  }
  // Warnings message control raises itself (an unknown rule in a marker) become ours.
  file.messages = file.messages.map((m) =>
    isOurs(m) ? m : internalMessage(file, note, 'comment-marker', markerWarning(m.reason), 'check the rule id against --list-rules', offsetOf(m)),
  );
}

/**
 * Lint a Markdown note.
 * @returns the findings, each a VFile message with rule id, range, docs URL and fixes,
 * and figures about the note as a whole.
 */
export async function lint(source: string, options: LintOptions = {}): Promise<LintResult> {
  return lintSync(source, options);
}

/** Outcome of fixing a note. */
export interface FixResult {
  /** The fixed text (the input itself when nothing applied). */
  output: string;
  /** Number of fixes applied, over all passes. */
  fixed: number;
  /** The lint of the final text. */
  result: LintResult;
}

/**
 * Apply safe fixes until none is left (at most `maxPasses` lint-and-fix rounds), as
 * `--fix` and the editor's fix-all do. Text outside the edits is never touched.
 */
export function fixSync(source: string, options: LintOptions = {}, maxPasses = 10): FixResult {
  const resolved = options.resolved ?? resolveConfig(options.config ? validateConfig(options.config) : {});
  const run = { ...options, resolved };
  let output = source;
  let fixed = 0;
  let result = lintSync(output, run);
  for (let pass = 0; pass < maxPasses; pass++) {
    const outcome = applyFixes(output, result.messages);
    if (outcome.applied.length === 0) break;
    output = outcome.output;
    fixed += outcome.applied.length;
    result = lintSync(output, run);
  }
  return { output, fixed, result };
}

export { RULES };
