// too-long: the note runs past a short note's word budget; points at the paragraph to cut first.
import type { Rule } from './types.js';
import type { Block } from './text/note.js';
import { removeSentenceFix, sentenceRemovalRange } from './kit.js';

interface Options {
  /** Words allowed in the body (greeting, sign-off and placeholders excluded). */
  maxWords: number;
}

export const tooLong: Rule<Options> = {
  meta: {
    id: 'too-long',
    description: 'The note runs past the word budget of a short follow-up.',
    category: 'length',
    defaultSeverity: 'warn',
    why: 'Advisers agree a follow-up should be brief; a long note buries its point and reads as anxious.',
    fixable: 'suggestion',
    defaults: { maxWords: 200 },
    options: {
      maxWords: { type: 'integer', minimum: 1, description: 'Most words the body may have (greeting, sign-off and placeholders not counted).' },
    },
  },
  create(context) {
    const { maxWords } = context.options;
    if (context.note.wordCount <= maxWords) return {};
    // The paragraphs' body words are added up during the pass: the longest paragraph (the
    // first of equals) is the one to cut first, and whether another has words decides the fix.
    let longest: Block | undefined;
    let most = 0;
    let paragraphs = 0;
    let block: Block | undefined;
    let words = 0;
    const close = (): void => {
      if (!block || words === 0) return;
      paragraphs++;
      if (words > most) {
        longest = block;
        most = words;
      }
    };
    return {
      sentence(sentence) {
        if (sentence.block !== block) {
          close();
          block = sentence.block;
          words = 0;
        }
        if (sentence.role === 'body') words += sentence.wordCount;
      },
      end(note) {
        close();
        block = undefined;
        if (!longest) return;
        const over = note.wordCount - maxWords;
        const body = longest.sentences.filter((s) => s.role === 'body');
        const first = body[0]!;
        const last = body[body.length - 1]!;
        const fixes =
          paragraphs > 1
            ? [
                {
                  label: `Remove this paragraph (${most} words)`,
                  effect: 'remove' as const,
                  safe: false,
                  edits: [
                    body.length === 1
                      ? { ...sentenceRemovalRange(note, first), text: '' }
                      : { start: first.start, end: last.end, text: '' },
                  ],
                },
              ]
            : body.length > 1
              ? [removeSentenceFix(note, body.reduce((a, b) => (b.wordCount > a.wordCount ? b : a)), 'Remove the longest sentence')]
              : [];
        context.report({
          start: first.start,
          end: last.end,
          found: `The note is ${note.wordCount} words, ${over} over the ${maxWords}-word budget`,
          instead: `cut about ${over} words, starting with this paragraph (${most} words, the longest): keep one point, the thanks and a positive close`,
          fixes,
        });
      },
    };
  },
};
