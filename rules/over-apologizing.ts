// over-apologizing: the note apologises again and again, or grovels; one plain apology is fine.
import type { Fix, Rule } from './types.js';
import type { Note, Sentence } from './text/note.js';
import type { Token } from './text/tokens.js';
import { sentenceApologies, type Apology } from './text/apology.js';
import { clauseEnd, clauseStart } from './text/context.js';
import { hitsFillSentence } from './text/tone.js';
import { literalPhrases, phraseOptionSchema, PHRASE_OPTION_DEFAULTS, type LiteralPhrases, type PhraseOptions } from './text/literal-phrases.js';
import { quote, removeSentenceFix } from './kit.js';
import { APOLOGY_INTENSIFIERS, APOLOGY_LEMMAS } from './data/apology.js';

interface Options extends PhraseOptions {
  /** Apologies a note may hold before the rest are flagged. */
  maxApologies: number;
}

interface Found {
  sentence: Sentence;
  apology: Apology;
  /** The sentence's own apologies (the user's phrases aside). */
  all: readonly Apology[];
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}th`;
}

/** A sentence's `kept` apologies with the user's phrases added and the allowed ones dropped; `plain` offsets relative to its first token. */
function apologiesIn(sentence: Sentence, kept: readonly Apology[], extra: LiteralPhrases, allow: LiteralPhrases): readonly Apology[] {
  if (extra.size === 0 && allow.size === 0) return kept;
  const { tokens } = sentence;
  const found = [...kept];
  const toRange = (span: { start: number; end: number }): { start: number; end: number } | undefined => {
    const start = tokens.findIndex((t) => t.end > span.start);
    if (start === -1 || tokens[start]!.start >= span.end) return undefined;
    let end = start + 1;
    while (end < tokens.length && tokens[end]!.start < span.end) end++;
    return { start, end };
  };
  for (const hit of extra.findIn(sentence.text, sentence.start)) {
    const range = toRange(hit);
    if (range && !found.some((a) => a.start < range.end && range.start < a.end)) found.push({ ...range, profuse: false });
  }
  const allowed = allow.findIn(sentence.text, sentence.start).map(toRange);
  return found
    .filter((a) => !allowed.some((r) => r && r.start < a.end && a.start < r.end))
    .sort((a, b) => a.start - b.start);
}

/** Words that may sit in a clause that only echoes an apology (“…, so sorry,”). */
function echoWord(token: Token): boolean {
  return token.kind === 'punct' || APOLOGY_INTENSIFIERS.has(token.norm) || token.lemmas.some((l) => APOLOGY_LEMMAS.has(l)) || ['again', 'i', 'am', 'be', 'really'].includes(token.norm);
}

const JOINERS = new Set(['and', 'but', 'so', 'also']);

/** A fix's one edit with offsets relative to its sentence's first token, and whether it is safe. */
interface KeptEdit {
  safe: boolean;
  start: number;
  end: number;
  text: string;
}

/**
 * Removal of the clause an apology leads (“Sorry again, and thank you…” → “Thank you…”;
 * “…late; I apologise again for the wait.” → “…late.”), when the apology opens its clause.
 * Safe only when the clause holds nothing but the apology (“…, so sorry,”).
 */
function clauseRemoval(sentence: Sentence, apology: Apology): KeptEdit | undefined {
  const { tokens } = sentence;
  const base = tokens[0]!.start;
  const from = clauseStart(tokens, apology.start);
  const to = clauseEnd(tokens, apology.end - 1);
  if (apology.start - from > 3) return undefined;
  const echo = tokens.slice(from, to).every(echoWord);
  if (from === 0) {
    let k = to;
    while (k < tokens.length && (tokens[k]!.kind === 'punct' || JOINERS.has(tokens[k]!.norm))) k++;
    const next = tokens[k];
    if (!next || next.kind !== 'word') return undefined;
    const first = sentence.text.charAt(next.start - sentence.start);
    return { safe: echo, start: 0, end: next.start + 1 - base, text: first.toUpperCase() };
  }
  let j = from - 1;
  while (j > 0 && (tokens[j]!.kind === 'punct' || JOINERS.has(tokens[j]!.norm))) j--;
  // “sorry, so sorry, for…”: take the echo's own trailing comma so one comma does not dangle.
  const end = tokens[to]?.norm === ',' ? tokens[to]!.end : tokens[to - 1]!.end;
  return { safe: echo, start: tokens[j]!.end - base, end: end - base, text: '' };
}

/** What reporting an apology takes from its sentence alone. */
interface Wording {
  quoted: string;
  clause: KeptEdit | undefined;
  /** Whether the sentence's apologies fill it (then removing it loses nothing else). */
  only: boolean;
}

/**
 * Wordings of the apologies kept with their sentences (the same objects while the tokens
 * live), so an unchanged sentence is worded once; an apology from the user's phrases is new
 * each lint and worded each time.
 */
const wordings = new WeakMap<Apology, Wording>();

function wordingOf(found: Found): Wording {
  const { sentence, apology, all } = found;
  let wording = wordings.get(apology);
  if (!wording) {
    const { tokens, text } = sentence;
    const base = sentence.start;
    wording = {
      quoted: quote(text.slice(tokens[apology.start]!.start - base, tokens[apology.end - 1]!.end - base)),
      clause: clauseRemoval(sentence, apology),
      only: hitsFillSentence(sentence, all.length > 0 ? all : [apology], 2),
    };
    wordings.set(apology, wording);
  }
  return wording;
}

function repeatFixes(note: Note, found: Found, wording: Wording, keptInSentence: boolean): Fix[] {
  const { sentence } = found;
  const { clause, only } = wording;
  const base = sentence.tokens[0]!.start;
  const clauseFix = clause && {
    label: 'Remove the repeated apology',
    effect: 'remove' as const,
    safe: clause.safe,
    edits: [{ start: clause.start + base, end: clause.end + base, text: clause.text }],
  };
  if (keptInSentence) return clauseFix ? [clauseFix] : [];
  const remove = removeSentenceFix(note, sentence, 'Remove this apology (keep the first)', only);
  return only || !clauseFix ? [remove] : [clauseFix, remove];
}

function plainFix(sentence: Sentence, apology: Apology): Fix[] {
  if (!apology.plain) return [];
  const base = sentence.tokens[0]!.start;
  const start = apology.plain.start + base;
  const end = apology.plain.end + base;
  const { text } = apology.plain;
  const label = text === '' ? 'Drop the intensifiers' : `Rewrite as: ${quote(text)}`;
  return [{ label, effect: text === '' ? 'shorten' : 'rewrite', safe: true, edits: [{ start, end, text }] }];
}

export const overApologizing: Rule<Options> = {
  meta: {
    id: 'over-apologizing',
    description: 'The note apologises more than once, or grovels; one short apology for an obvious incident is fine.',
    category: 'tone',
    defaultSeverity: 'warn',
    why: 'Advisers say to apologise once for the obvious and not to grovel: every extra apology keeps the reader on what went wrong.',
    fixable: 'safe',
    defaults: { maxApologies: 1, ...PHRASE_OPTION_DEFAULTS },
    options: {
      maxApologies: { type: 'integer', minimum: 0, description: 'Apologies a note may hold before the rest are flagged (grovelling is flagged regardless).' },
      ...phraseOptionSchema('count as apologies'),
    },
  },
  create(context) {
    const extraPhrases = literalPhrases(context.options.extraPhrases);
    const allowPhrases = literalPhrases(context.options.allowPhrases);
    const found: Found[] = [];
    return {
      sentence(sentence) {
        if (sentence.role !== 'body') return true;
        const all = sentenceApologies(sentence);
        const apologies = apologiesIn(sentence, all, extraPhrases, allowPhrases);
        if (apologies.length === 0) return true;
        for (let i = 0; i < apologies.length; i++) found.push({ sentence, apology: apologies[i]!, all });
      },
      end(note) {
        const { maxApologies } = context.options;
        // A sentence's apologies are found together, so they sit side by side.
        for (let from = 0; from < found.length; ) {
          const { sentence } = found[from]!;
          let to = from + 1;
          while (to < found.length && found[to]!.sentence === sentence) to++;
          const first = from;
          let extra: number | undefined;
          let profuse: number | undefined;
          for (let i = from; i < to; i++) {
            if (extra === undefined && i >= maxApologies) extra = i;
            if (profuse === undefined && found[i]!.apology.profuse) profuse = i;
          }
          from = to;
          const target = found[extra ?? profuse ?? -1];
          if (!target) continue;
          // Besides the sentence, the finding depends on the note only through which apology
          // of the note it is (its ordinal, and whether the sentence holds an earlier one).
          const key = extra !== undefined ? `again ${extra} ${extra - first}` : `grovel ${profuse! - first}`;
          if (context.again(sentence, key)) continue;
          const { apology } = target;
          const start = sentence.tokens[apology.start]!.start;
          const end = sentence.tokens[apology.end - 1]!.end;
          const wording = wordingOf(target);
          const { quoted } = wording;
          if (extra !== undefined) {
            context.report(
              {
                start,
                end,
                found: `Apologises again (${quoted}), the ${ordinal(extra + 1)} apology in this note`,
                instead: maxApologies === 0 ? 'leave the apology out and spend the words on what you would bring' : 'keep one short apology for the obvious incident and let the rest go',
                fixes: repeatFixes(note, target, wording, first < extra),
              },
              { sentence, key },
            );
          } else {
            context.report(
              { start, end, found: `Grovels (${quoted})`, instead: 'one plain apology is enough: say sorry once, briefly, and move on', fixes: plainFix(sentence, apology) },
              { sentence, key },
            );
          }
        }
      },
    };
  },
};
