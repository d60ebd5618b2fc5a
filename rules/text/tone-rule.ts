// Builds a tone rule from its parts: a sentence finder, wording per kind and a fix builder.
// whining, begging and blaming-others share this shape, their options and their negation test.
import type { Fix, Rule, RuleMeta } from '../types.js';
import type { Note, Sentence } from './note.js';
import type { Token } from './tokens.js';
import { sentenceSlot } from './sentence-record.js';
import { isNegated } from './context.js';
import { literalPhrases, phraseOptionSchema, withPhraseOptions, PHRASE_OPTION_DEFAULTS, type PhraseFinding, type PhraseOptions } from './literal-phrases.js';
import { isWhollyProblem, keptClause } from './sentence-cut.js';
import { quote, replaceFix } from '../kit.js';
import { LEXICON_CLASSES } from '../data/lexicon.js';
import { BEFORE_NOW, OLD_WORKPLACE } from '../data/constructive.js';

/** What a tone rule found in one sentence: a token range and the kind of problem. */
export interface ToneFinding<K extends string> {
  from: number;
  to: number;
  kind: K;
}

/** How a tone rule words each kind of finding. */
export type ToneWording<K extends string> = Record<K, { found: string; instead: string }>;

/**
 * What a fix builder may use besides the note and sentence: the kept clause and whether the
 * sentence is wholly the problem (worked out once per finding while the tokens live), and
 * whether another body sentence already says plainly what the fixes offer.
 */
export interface ToneFixFacts<R = unknown> {
  /** The sentence's reading, where it has one (the fixes may keep what they work out on it). */
  reading: R | undefined;
  /** The sentence made of its other clause alone, when that clause does useful work. */
  kept: string | undefined;
  /** Whether nothing outside the finding does useful work. */
  wholly: boolean;
  /** Whether another body sentence passes the rule's `plain` test. */
  plainElsewhere: boolean;
}

/** The parts a tone rule supplies. */
export interface ToneRuleSpec<K extends string, R extends { finding?: ToneFinding<K> }> {
  meta: Omit<RuleMeta<PhraseOptions>, 'defaults' | 'options'>;
  /** What the rule's phrases are, for the option descriptions (“count as whining”). */
  flags: string;
  /**
   * What the rule makes of one body sentence by itself, or `undefined` when it finds nothing
   * there whatever the neighbours say. Kept while the sentence's tokens live (an editor's
   * unchanged sections keep theirs), so it may read only the tokens and the sentence's text,
   * and must hold token indices, never offsets.
   */
  read(sentence: Sentence): R | undefined;
  /**
   * The first finding in a body sentence in this note, if any; by default the reading's.
   * A rule whose answer depends on neighbouring sentences works it out here.
   */
  find?(note: Note, sentence: Sentence, reading: R): ToneFinding<K> | undefined;
  /**
   * Whether a body sentence already does plainly what the fixes would rewrite to (“asks once,
   * plainly”), given its reading; kept with the reading.
   */
  plain?(sentence: Sentence, reading: R | undefined): boolean;
  /** Kind given to a finding that comes from `extraPhrases`. */
  extraKind: K;
  wording: ToneWording<K>;
  /** Fixes for a finding, best first. */
  fixes(note: Note, sentence: Sentence, finding: ToneFinding<K>, facts: ToneFixFacts<R>): Fix[];
}

const NEGATORS = new Set(LEXICON_CLASSES['neg']);
const INHERENT_NEGATION = /@neg|\b(not|no|never|nobody|noone|nothing)\b/;

/** Verbs after which a negator colours the writer's reaction, not what follows (“I can't believe how badly…”). */
const REACTION_VERBS = new Set(['believe', 'stop', 'help', 'imagine', 'describe', 'express', 'overstate', 'wait']);

/** Whether a negator within a few words before `index` (same clause) applies to it. */
function negatedBefore(tokens: readonly Token[], index: number): boolean {
  if (!isNegated(tokens, index)) return false;
  for (let i = index - 1; i >= Math.max(0, index - 4); i--) {
    if (!NEGATORS.has(tokens[i]!.norm)) continue;
    const verb = tokens[i + 1];
    // “Won't you reconsider?” asks; it does not negate.
    if (verb?.norm === 'you') return false;
    return !(verb && verb.lemmas.some((l) => REACTION_VERBS.has(l)));
  }
  return true;
}

/**
 * Whether a pattern match is negated (“I'm not blaming anyone”, “it wasn't unfair”): a negator
 * just before it or inside it. Patterns that spell out a negation themselves are never negated.
 */
export function isNegatedMatch(tokens: readonly Token[], m: { start: number; end: number; entry: { pattern: string } }): boolean {
  if (INHERENT_NEGATION.test(m.entry.pattern)) return false;
  if (negatedBefore(tokens, m.start)) return true;
  for (let i = m.start; i < m.end; i++) if (NEGATORS.has(tokens[i]!.norm)) return true;
  return false;
}

/** Whether the sentence speaks of a former or current workplace (“my previous manager”), which is badmouthing's ground. */
export function aboutOldWorkplace(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!BEFORE_NOW.has(tokens[i]!.norm)) continue;
    for (let j = i + 1; j <= i + 2 && j < tokens.length; j++) if (tokens[j]!.lemmas.some((l) => OLD_WORKPLACE.has(l))) return true;
  }
  return false;
}

/** The safe “keep only the rest” fix for a clause {@link keptClause} kept. */
export function keepRestFix(sentence: Sentence, kept: string | undefined): Fix | undefined {
  return kept ? replaceFix(sentence.start, sentence.end, kept, `Keep only the rest: ${quote(kept, 80)}`, 'rewrite', true) : undefined;
}

/** What a finding's message and fixes take from its sentence alone; it holds wherever the section moves. */
interface FindingText {
  /** The finding it was worked out for. */
  finding: ToneFinding<string>;
  found: string;
  kept: string | undefined;
  wholly: boolean;
}

/** A sentence's reading, whether it is plain, and the text of the last finding of its own reported. */
interface Kept<R> {
  reading: R | undefined;
  plain: boolean;
  text?: FindingText;
}

/** What a plain sentence with nothing to report keeps: one shared record. */
const PLAIN_ONLY: Kept<never> = Object.freeze({ reading: undefined, plain: true });

/** A finding waiting for the end of the note, when which other sentences are plain is known. */
interface Pending<K extends string, R> {
  sentence: Sentence;
  kept: Kept<R> | null;
  finding: PhraseFinding<K>;
  /** The rule's own finding when that is what is reported (not one of the user's phrases). */
  own: ToneFinding<K> | undefined;
}

/**
 * A rule that reports one finding per body sentence, honouring `extraPhrases` and `allowPhrases`.
 * Findings are reported at the end of the note, once it is known which body sentences are
 * already plain. A sentence whose tokens are unchanged since the last lint costs a look-up,
 * and one with nothing to report keeps `null` (no object of its own to fetch from memory).
 */
export function toneRule<K extends string, R extends { finding?: ToneFinding<K> }>(spec: ToneRuleSpec<K, R>): Rule<PhraseOptions> {
  const readingOf = sentenceSlot((sentence: Sentence): Kept<R> | null => {
    const reading = spec.read(sentence);
    const plain = spec.plain ? spec.plain(sentence, reading) : false;
    if (reading) return { reading, plain };
    return plain ? PLAIN_ONLY : null;
  });
  return {
    meta: {
      ...spec.meta,
      defaults: PHRASE_OPTION_DEFAULTS,
      options: phraseOptionSchema(spec.flags),
    },
    create(context) {
      const extra = literalPhrases(context.options.extraPhrases);
      const allow = literalPhrases(context.options.allowPhrases);
      const phrases = extra.size > 0 || allow.size > 0;
      const { note, source } = context;
      const pending: Array<Pending<K, R>> = [];
      const textOf = ({ own, kept, finding, sentence }: Pending<K, R>): FindingText => {
        if (own && kept?.text?.finding === own) return kept.text;
        const text: FindingText = {
          finding: own ?? finding,
          found: `${spec.wording[finding.kind].found}: ${quote(source.slice(finding.start, finding.end))}`,
          kept: keptClause(sentence, finding.from, finding.to),
          wholly: isWhollyProblem(sentence, finding.from, finding.to),
        };
        if (own && kept) kept.text = text;
        return text;
      };
      /** The first two plain body sentences: with them, whether one other than a flagged sentence is plain. */
      let firstPlain: Sentence | undefined;
      let twoPlain = false;
      return {
        sentence(sentence) {
          if (sentence.role !== 'body') return true;
          const kept = readingOf(sentence);
          if (!kept && !phrases) return true;
          if (kept?.plain && !twoPlain) {
            if (firstPlain) twoPlain = true;
            else firstPlain = sentence;
          }
          const reading = kept?.reading;
          const own = reading && (spec.find ? spec.find(note, sentence, reading) : reading.finding);
          if (phrases) {
            // The user's phrases make the finding depend on the options: nothing of it is kept.
            const finding = withPhraseOptions(sentence, own ?? undefined, extra, allow, spec.extraKind);
            if (finding) pending.push({ sentence, kept, finding, own: undefined });
            else return !spec.find && !kept?.plain;
          } else if (own) {
            const { tokens } = sentence;
            // Written out: a spread here copies findings of three rules' shapes, which V8 does on
            // its slow path (about a millisecond an edit of a long document).
            const finding = { from: own.from, to: own.to, kind: own.kind, start: tokens[own.from]!.start, end: tokens[own.to - 1]!.end };
            pending.push({ sentence, kept, finding, own });
          } else {
            // No finding, nothing plain, and no neighbours asked: nothing to do here.
            return !spec.find && !kept?.plain;
          }
        },
        end() {
          for (const p of pending) {
            const { sentence, finding } = p;
            const plainElsewhere = twoPlain || (firstPlain !== undefined && firstPlain !== sentence);
            // Besides the sentence, the finding depends on the note through which finding it is
            // (`find` may read the neighbours) and whether another sentence is plain.
            const key = `${plainElsewhere ? 'plain' : ''} ${finding.kind} ${finding.start - sentence.start} ${finding.end - sentence.start}`;
            if (context.again(sentence, key)) continue;
            const text = textOf(p);
            context.report(
              {
                start: finding.start,
                end: finding.end,
                found: text.found,
                instead: spec.wording[finding.kind].instead,
                fixes: spec.fixes(note, sentence, finding, { reading: p.kept?.reading, kept: text.kept, wholly: text.wholly, plainElsewhere }),
              },
              { sentence, key },
            );
          }
        },
      };
    },
  };
}
