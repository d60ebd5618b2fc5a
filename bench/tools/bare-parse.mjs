// Runner for the baseline: the unified parse alone (remark-parse → remark-retext → retext-english), no rules.
import { fileURLToPath } from 'node:url';
import { packageVersion, runIfMain } from '../lib/runner.mjs';

/** @type {import('../lib/runner.mjs').Tool} */
export const tool = {
  id: 'bare-parse',
  label: 'bare parse (no rules)',
  baseline: true,
  counts: 'sentences',
  version: () => `remark-parse ${packageVersion('remark-parse')}, remark-retext ${packageVersion('remark-retext')}, retext-english ${packageVersion('retext-english')}`,
  what: 'unified: remark-parse → remark-retext (bridge, async run) → retext-english; no rules; counts sentences to prove the parse ran',
  async load() {
    const [{ unified }, { default: remarkParse }, { default: remarkRetext }, { default: retextEnglish }, { VFile }] = await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-retext'),
      import('retext-english'),
      import('vfile'),
    ]);
    let sentences = 0;
    // Two levels down from the root only (paragraph → sentence): proof of work, not a rule.
    const countSentences = () => (tree) => {
      for (const paragraph of tree.children) if (paragraph.type === 'ParagraphNode') for (const child of paragraph.children) if (child.type === 'SentenceNode') sentences++;
    };
    const processor = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(countSentences));
    return async (text) => {
      sentences = 0;
      const file = new VFile(text);
      await processor.run(processor.parse(file), file);
      return sentences;
    };
  },
  cli: (note) => ({ args: [fileURLToPath(import.meta.url), 'once', note], how: 'a Node script that runs the parse on one note (no CLI exists)', script: true }),
};

await runIfMain(import.meta.url, tool);
