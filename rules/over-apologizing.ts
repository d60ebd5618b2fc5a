// over-apologizing: the note apologises again and again, or grovels; one plain apology is fine.
import type { Fix, Rule } from './types.js';
import type { Note, Sentence } from './text/note.js';
import type { Token } from './text/tokens.js';
import { findApologies, type Apology } from './text/apology.js';
import { clauseEnd, clauseStart } from './text/context.js';
import { hitsFillSentence } from './text/tone.js';
import { literalPhrases, phraseOptionSchema, PHRASE_OPTION_DEFAULTS, type PhraseOptions } from './text/literal-phrases.js';
import { quote, removeSentenceFix } from './kit.js';
import { APOLOGY_INTENSIFIERS, APOLOGY_LEMMAS } from './data/apology.js';

interface Options extends PhraseOptions {
  /** Apologies a note may hold before the rest are flagged. */
  maxApologies: number;
}

interface Found {
  sentence: Sentence;
  apology: Apology;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}th`;
}

/** The apologies of a sentence, with the user's phrases added and the allowed ones dropped. */
function apologiesIn(sentence: Sentence, options: Options): Apology[] {
  const { tokens } = sentence;
  const found = findApologies(tokens);
  const toRange = (span: { start: number; end: number }): { start: number; end: number } | undefined => {
    const start = tokens.findIndex((t) => t.end > span.start);
    if (start === -1 || tokens[start]!.start >= span.end) return undefined;
    let end = start + 1;
    while (end < tokens.length && tokens[end]!.start < span.end) end++;
    return { start, end };
  };
  for (const hit of literalPhrases(options.extraPhrases).findIn(sentence.text, sentence.start)) {
    const range = toRange(hit);
    if (range && !found.some((a) => a.start < range.end && range.start < a.end)) found.push({ ...range, profuse: false });
  }
  const allowed = literalPhrases(options.allowPhrases).findIn(sentence.text, sentence.start).map(toRange);
  return found
    .filter((a) => !allowed.some((r) => r && r.start < a.end && a.start < r.end))
    .sort((a, b) => a.start - b.start);
}

/** Words that may sit in a clause that only echoes an apology (“…, so sorry,”). */
function echoWord(token: Token): boolean {
  return token.kind === 'punct' || APOLOGY_INTENSIFIERS.has(token.norm) || token.lemmas.some((l) => APOLOGY_LEMMAS.has(l)) || ['again', 'i', 'am', 'be', 'really'].includes(token.norm);
}

const JOINERS = new Set(['and', 'but', 'so', 'also']);

/**
 * Removal of the clause an apology leads (“Sorry again, and thank you…” → “Thank you…”;
 * “…late; I apologise again for the wait.” → “…late.”), when the apology opens its clause.
 * Safe only when the clause holds nothing but the apology (“…, so sorry,”).
 */
function clauseRemoval(sentence: Sentence, apology: Apology): Fix | undefined {
  const { tokens } = sentence;
  const from = clauseStart(tokens, apology.start);
  const to = clauseEnd(tokens, apology.end - 1);
  if (apology.start - from > 3) return undefined;
  const echo = tokens.slice(from, to).every(echoWord);
  const label = 'Remove the repeated apology';
  if (from === 0) {
    let k = to;
    while (k < tokens.length && (tokens[k]!.kind === 'punct' || JOINERS.has(tokens[k]!.norm))) k++;
    const next = tokens[k];
    if (!next || next.kind !== 'word') return undefined;
    const first = sentence.text.charAt(next.start - sentence.start);
    return { label, effect: 'remove', safe: echo, edits: [{ start: tokens[0]!.start, end: next.start + 1, text: first.toUpperCase() }] };
  }
  let j = from - 1;
  while (j > 0 && (tokens[j]!.kind === 'punct' || JOINERS.has(tokens[j]!.norm))) j--;
  // “sorry, so sorry, for…”: take the echo's own trailing comma so one comma does not dangle.
  const end = tokens[to]?.norm === ',' ? tokens[to]!.end : tokens[to - 1]!.end;
  return { label, effect: 'remove', safe: echo, edits: [{ start: tokens[j]!.end, end, text: '' }] };
}

function repeatFixes(note: Note, found: Found, keptInSentence: boolean): Fix[] {
  const { sentence, apology } = found;
  const clause = clauseRemoval(sentence, apology);
  if (keptInSentence) return clause ? [clause] : [];
  const others = apologiesIn(sentence, { extraPhrases: [], allowPhrases: [], maxApologies: 0 });
  const only = hitsFillSentence(sentence, others.length > 0 ? others : [apology], 2);
  const remove = removeSentenceFix(note, sentence, 'Remove this apology (keep the first)', only);
  return only || !clause ? [remove] : [clause, remove];
}

function plainFix(apology: Apology): Fix[] {
  if (!apology.plain) return [];
  const { start, end, text } = apology.plain;
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
    const found: Found[] = [];
    return {
      sentence(sentence) {
        if (sentence.role !== 'body') return;
        for (const apology of apologiesIn(sentence, context.options)) found.push({ sentence, apology });
      },
      end(note) {
        const { maxApologies } = context.options;
        const bySentence = new Map<Sentence, number[]>();
        found.forEach((f, index) => bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), index]));
        for (const [sentence, indices] of bySentence) {
          const extra = indices.find((i) => i >= maxApologies);
          const target = found[extra ?? indices.find((i) => found[i]!.apology.profuse) ?? -1];
          if (!target) continue;
          const { apology } = target;
          const span = { start: sentence.tokens[apology.start]!.start, end: sentence.tokens[apology.end - 1]!.end };
          const quoted = quote(context.source.slice(span.start, span.end));
          if (extra !== undefined) {
            context.report({
              ...span,
              found: `Apologises again (${quoted}), the ${ordinal(extra + 1)} apology in this note`,
              instead: maxApologies === 0 ? 'leave the apology out and spend the words on what you would bring' : 'keep one short apology for the obvious incident and let the rest go',
              fixes: repeatFixes(note, target, indices[0]! < extra),
            });
          } else {
            context.report({ ...span, found: `Grovels (${quoted})`, instead: 'one plain apology is enough: say sorry once, briefly, and move on', fixes: plainFix(apology) });
          }
        }
      },
    };
  },
};
