// negative-ending: the note's closing lines are pessimistic, apologetic or negative; offers a
// forward-looking closing line in their place.
import type { Fix, FixEdit, Rule } from './types.js';
import type { Note, Sentence } from './text/note.js';
import { compilePatterns } from './text/matcher.js';
import { isNegated } from './text/context.js';
import { polarityOf } from './text/polarity.js';
import { bodyParagraphs, bodySentencesOf, closingParagraph } from './text/closing.js';
import { quote, sentenceRemovalRange } from './kit.js';
import {
  CLOSING_LINE, CLOSING_SENTENCES, EAGER_IDIOMS, FORWARD_LOOKING, NEGATIVE_CLOSINGS, NEGATIVE_SCORE, NOT_APOLOGY, SHORT_CLOSING,
  SINGLE_PARAGRAPH_CLOSING, type EndingKind,
} from './data/negative-ending.js';

const NEGATIVE = compilePatterns(NEGATIVE_CLOSINGS);
const SYMPATHY = compilePatterns(NOT_APOLOGY);
const FORWARD = compilePatterns(FORWARD_LOOKING);
const EAGER = compilePatterns(EAGER_IDIOMS);

type Verdict = EndingKind | 'negative';

const DESCRIBED: Record<Verdict, string> = {
  pessimism: 'expecting rejection',
  apology: 'an apology',
  desperation: 'a plea',
  negative: 'a negative note',
};

/** Why a closing sentence leaves a negative last impression, if it does. */
function verdictOf(sentence: Sentence): Verdict | undefined {
  const { tokens } = sentence;
  if (EAGER.find(tokens).length > 0) return undefined;
  const sympathy = SYMPATHY.findAll(tokens);
  for (const m of NEGATIVE.findAll(tokens)) {
    if (m.entry.flips && (isNegated(tokens, m.start) || isNegated(tokens, m.end - 1))) continue;
    // “I'll keep looking at the case study” is not giving up; only a bare “I'll keep looking.” is.
    if (m.entry.bare && tokens[m.end]?.kind === 'word') continue;
    // “Whether or not I'm selected, …” weighs both outcomes; it does not expect the worse.
    if (tokens.slice(0, m.start).some((t) => t.norm === 'whether')) continue;
    if (m.entry.kind === 'apology' && sympathy.some((s) => s.start < m.end && m.start < s.end)) continue;
    return m.entry.kind;
  }
  if (sympathy.length > 0) return undefined;
  return polarityOf(tokens).score <= NEGATIVE_SCORE ? 'negative' : undefined;
}

/**
 * The sentences that make up the note's last lines: the closing paragraph before the sign-off
 * (a P.S. aside), its final sentences when it is long, and only the very last one when the body
 * is a single paragraph, where an earlier apology is the note's middle, not its end.
 */
function closingLines(note: Note): Sentence[] {
  const closing = closingParagraph(note);
  if (!closing) return [];
  const sentences = bodySentencesOf(closing);
  if (bodyParagraphs(note).length === 1) return sentences.slice(-SINGLE_PARAGRAPH_CLOSING);
  return sentences.length <= SHORT_CLOSING ? sentences : sentences.slice(-CLOSING_SENTENCES);
}

/** Edits that remove `sentences`, merging neighbours so no two edits overlap. */
function removalEdits(note: Note, sentences: readonly Sentence[]): FixEdit[] {
  const ranges = sentences.map((s) => sentenceRemovalRange(note, s)).sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  for (const r of merged) {
    // A run removed up to the end of its line leaves no space dangling before it.
    if (/^\s*(?:\r?\n|$)/.test(note.source.slice(r.end))) while (r.start > 0 && /[ \t]/.test(note.source[r.start - 1]!)) r.start--;
  }
  return merged.map((r) => ({ ...r, text: '' }));
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** Fixes: drop the negative lines when what is left ends looking forward, or put such a line in their place. */
function fixesFor(note: Note, flagged: readonly Sentence[]): Fix[] {
  const closing = closingParagraph(note)!;
  const kept = bodySentencesOf(closing).filter((s) => !flagged.includes(s));
  const newLast = kept[kept.length - 1];
  const label = plural(flagged.length, 'sentence', 'sentences');
  if (newLast && FORWARD.find(newLast.tokens).length > 0) {
    return [{ label: `Remove the negative closing ${label}`, effect: 'remove', safe: false, edits: removalEdits(note, flagged) }];
  }
  const last = flagged[flagged.length - 1]!;
  const edits = [...removalEdits(note, flagged.slice(0, -1)), { start: last.start, end: last.end, text: CLOSING_LINE }];
  return [{ label: `Replace with: ${quote(CLOSING_LINE, 90)}`, effect: 'rewrite', safe: false, edits }];
}

export const negativeEnding: Rule = {
  meta: {
    id: 'negative-ending',
    description: 'The closing lines before the sign-off are pessimistic, apologetic or negative.',
    category: 'content',
    defaultSeverity: 'warn',
    why: 'The only real harm a follow-up can do is leave a negative last impression; advisers say to end looking forward.',
    fixable: 'suggestion',
    defaults: {},
    options: {},
  },
  create(context) {
    return {
      end(note) {
        const flagged: Sentence[] = [];
        let first: Verdict | undefined;
        const lines = closingLines(note);
        lines.forEach((sentence, i) => {
          const verdict = verdictOf(sentence);
          if (!verdict) return;
          // A merely negative-sounding line (a clarified weak answer) is fine when the close then looks
          // forward; resignation, apology and pleas are not undone that way.
          if (verdict === 'negative' && lines.slice(i + 1).some((s) => FORWARD.find(s.tokens).length > 0)) return;
          first ??= verdict;
          flagged.push(sentence);
        });
        if (flagged.length === 0 || !first) return;
        const start = flagged[0]!;
        const end = flagged[flagged.length - 1]!;
        context.report({
          start: start.start,
          end: end.end,
          found: `The note ends on ${DESCRIBED[first]}: ${quote(start.text)}`,
          instead: 'end positive instead: look forward, say you are available, or thank them',
          fixes: fixesFor(note, flagged),
        });
      },
    };
  },
};
