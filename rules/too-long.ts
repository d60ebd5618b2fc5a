// too-long: the note runs past a short note's word budget; points at the paragraph to cut first.
import type { Rule } from './types.js';
import type { Block, Note } from './text/note.js';
import { removeSentenceFix, sentenceRemovalRange } from './kit.js';

interface Options {
  /** Words allowed in the body (greeting, sign-off and placeholders excluded). */
  maxWords: number;
}

function blockWords(block: Block): number {
  return block.sentences.filter((s) => s.role === 'body').reduce((n, s) => n + s.wordCount, 0);
}

/** Body paragraphs, longest first. */
function cuttable(note: Note): Array<{ block: Block; words: number }> {
  return note.blocks
    .map((block) => ({ block, words: blockWords(block) }))
    .filter((b) => b.words > 0)
    .sort((a, b) => b.words - a.words || a.block.index - b.block.index);
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
    return {
      end(note) {
        const { maxWords } = context.options;
        if (note.wordCount <= maxWords) return;
        const over = note.wordCount - maxWords;
        const [longest] = cuttable(note);
        if (!longest) return;
        const { block, words } = longest;
        const body = block.sentences.filter((s) => s.role === 'body');
        const first = body[0]!;
        const last = body[body.length - 1]!;
        const fixes =
          note.blocks.filter((b) => blockWords(b) > 0).length > 1
            ? [
                {
                  label: `Remove this paragraph (${words} words)`,
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
          instead: `cut about ${over} words, starting with this paragraph (${words} words, the longest): keep one point, the thanks and a positive close`,
          fixes,
        });
      },
    };
  },
};
