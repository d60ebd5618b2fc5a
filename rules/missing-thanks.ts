// missing-thanks: the note never thanks the reader; offers a thank-you line after the greeting.
import type { Rule } from './types.js';
import type { Note, Sentence } from './text/note.js';
import type { Token } from './text/tokens.js';
import { compilePatterns, type Match } from './text/matcher.js';
import { isNegated } from './text/context.js';
import { greetingOf, openingInsertion } from './text/closing.js';
import { insertFix } from './kit.js';
import { LEXICON_CLASSES } from './data/lexicon.js';
import {
  APPRECIATED_NEXT, APPRECIATED_THINGS, MIN_WORDS, READER_WORDS, REQUEST_MODALS, THANKS_LINE, THANKS_PHRASES, THIRD_PARTY, type ThanksKind,
} from './data/missing-thanks.js';

const THANKS = compilePatterns(THANKS_PHRASES);
const INTENSIFIERS = new Set([...(LEXICON_CLASSES['intens'] ?? []), 'greatly', 'definitely']);

/** The next word token at or after `index`, if any. */
function nextWord(tokens: readonly Token[], index: number): Token | undefined {
  for (let i = index; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') return t;
    if (t.kind === 'source' || t.norm !== ',') return undefined;
  }
  return undefined;
}

/** The previous word token before `index`, skipping intensifiers such as “really”. */
function previousWord(tokens: readonly Token[], index: number): Token | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word') return undefined;
    if (!INTENSIFIERS.has(t.norm)) return t;
  }
  return undefined;
}

/** Whether a thanks-like phrase at `m` actually thanks the reader. */
function thanksReader(tokens: readonly Token[], m: Match<{ kind: ThanksKind }>): boolean {
  const head = tokens[m.start]!;
  if (isNegated(tokens, m.start)) return false;
  const after = nextWord(tokens, m.end);
  switch (m.entry.kind) {
    case 'thank': {
      // “thanks to my team, we shipped” gives credit; “I thanked the recruiter” reports.
      if (after?.norm === 'to' && !READER_WORDS.has(nextWord(tokens, m.end + 1)?.norm ?? '')) return false;
      if (head.norm === 'thanked' && !READER_WORDS.has(after?.norm ?? '')) return false;
      return true;
    }
    case 'grateful':
      return !(after?.norm === 'to' && THIRD_PARTY.has(nextWord(tokens, m.end + 1)?.norm ?? ''));
    case 'appreciate': {
      const before = previousWord(tokens, m.start);
      if (before && REQUEST_MODALS.has(before.norm)) return false;
      // “Much appreciated.” thanks with nothing after it.
      if (!after && tokens[m.end]?.kind !== 'source') return true;
      for (let i = m.end; i < Math.min(tokens.length, m.end + 6); i++) {
        const t = tokens[i]!;
        if (t.kind === 'punct' && t.norm !== ',' && t.norm !== "'") break;
        if (t.kind === 'word' && (APPRECIATED_THINGS.has(t.norm) || t.lemmas.some((l) => APPRECIATED_THINGS.has(l)) || (i === m.end && (APPRECIATED_NEXT.has(t.norm) || /ing$/.test(t.norm))))) return true;
      }
      return false;
    }
    case 'gratitude':
      return true;
  }
}

/** Whether any sentence (a valediction such as “Thank you,” included) thanks the reader. */
function thanksAnywhere(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => THANKS.find(s.tokens).some((m) => thanksReader(s.tokens, m)));
}

/** Where to point: the greeting, or else the first sentence of the body. */
function anchorOf(note: Note): { start: number; end: number } | undefined {
  const greeting = greetingOf(note);
  if (greeting) return greeting;
  const first = note.bodySentences[0];
  return first && { start: first.start, end: first.end };
}

export const missingThanks: Rule = {
  meta: {
    id: 'missing-thanks',
    description: 'The note never thanks the reader.',
    category: 'content',
    defaultSeverity: 'warn',
    why: 'Every adviser says to send a thank-you note whatever happened, and to actually thank the reader in it.',
    fixable: 'safe',
    defaults: {},
    options: {},
  },
  create(context) {
    return {
      end(note) {
        if (note.wordCount < MIN_WORDS || thanksAnywhere(note.sentences)) return;
        const anchor = anchorOf(note);
        if (!anchor) return;
        const { at, text } = openingInsertion(note, THANKS_LINE);
        context.report({
          start: anchor.start,
          end: anchor.end,
          found: 'The note never thanks the reader',
          instead: 'thank them for their time, ideally in the first line after the greeting',
          fixes: [insertFix(at, text, `Add “${THANKS_LINE}” ${greetingOf(note) ? 'after the greeting' : 'at the top'}`, true)],
        });
      },
    };
  },
};
