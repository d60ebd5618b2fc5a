// Builds a tone rule from its parts: a sentence finder, wording per kind and a fix builder.
// whining, begging and blaming-others share this shape, their options and their negation test.
import type { Fix, Rule, RuleMeta } from '../types.js';
import type { Note, Sentence } from './note.js';
import type { Token } from './tokens.js';
import { isNegated } from './context.js';
import { literalPhrases, phraseOptionSchema, withPhraseOptions, PHRASE_OPTION_DEFAULTS, type PhraseOptions } from './literal-phrases.js';
import { keptClause } from './sentence-cut.js';
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

/** The parts a tone rule supplies. */
export interface ToneRuleSpec<K extends string> {
  meta: Omit<RuleMeta<PhraseOptions>, 'defaults' | 'options'>;
  /** What the rule's phrases are, for the option descriptions (“count as whining”). */
  flags: string;
  /** The first finding in a body sentence, if any. */
  find(note: Note, sentence: Sentence): ToneFinding<K> | undefined;
  /** Kind given to a finding that comes from `extraPhrases`. */
  extraKind: K;
  wording: ToneWording<K>;
  /** Fixes for a finding, best first. */
  fixes(note: Note, sentence: Sentence, finding: ToneFinding<K>): Fix[];
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

/** The safe “keep only the rest” fix when another clause of the sentence does useful work. */
export function keepRestFix(sentence: Sentence, finding: ToneFinding<string>): Fix | undefined {
  const kept = keptClause(sentence, finding.from, finding.to);
  return kept ? replaceFix(sentence.start, sentence.end, kept, `Keep only the rest: ${quote(kept, 80)}`, 'rewrite', true) : undefined;
}

/** A rule that reports one finding per body sentence, honouring `extraPhrases` and `allowPhrases`. */
export function toneRule<K extends string>(spec: ToneRuleSpec<K>): Rule<PhraseOptions> {
  return {
    meta: {
      ...spec.meta,
      defaults: PHRASE_OPTION_DEFAULTS,
      options: phraseOptionSchema(spec.flags),
    },
    create(context) {
      const extra = literalPhrases(context.options.extraPhrases);
      const allow = literalPhrases(context.options.allowPhrases);
      const { note } = context;
      return {
        sentence(sentence) {
          if (sentence.role !== 'body') return;
          const finding = withPhraseOptions(sentence, spec.find(note, sentence), extra, allow, spec.extraKind);
          if (!finding) return;
          const wording = spec.wording[finding.kind];
          context.report({
            start: finding.start,
            end: finding.end,
            found: `${wording.found}: ${quote(context.source.slice(finding.start, finding.end))}`,
            instead: wording.instead,
            fixes: spec.fixes(note, sentence, finding),
          });
        },
      };
    },
  };
}
