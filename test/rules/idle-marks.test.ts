// A rule whose sentence handler says it has nothing to do with a sentence is not asked about that
// sentence again while an editor's re-lint keeps the sentence's section, and asked again as
// soon as anything its answer stood on may have changed: the text, the configuration, the rules.
import { describe, expect, it } from 'vitest';
import { lintSync, NoteCache, resolveConfig, RULES, type LintResult, type Rule } from '../../rules/index.js';

/** A rule that flags sentences holding “sorry”, is idle on the rest, and counts what it is asked. */
function countingRule(id: string, says: 'idle' | 'nothing'): { rule: Rule<object>; asked: string[] } {
  const asked: string[] = [];
  const rule: Rule<object> = {
    meta: {
      id,
      description: 'Counts the sentences it is asked about.',
      category: 'draft',
      defaultSeverity: 'warn',
      why: 'Tests the engine’s idle marks.',
      fixable: 'none',
      defaults: {},
      options: {},
    },
    create(context) {
      return {
        sentence(sentence) {
          asked.push(sentence.text);
          if (!/sorry/i.test(sentence.text)) return says === 'idle' ? true : undefined;
          context.report({ start: sentence.start, end: sentence.end, found: 'Says sorry', instead: 'say it once' });
          return undefined;
        },
      };
    },
  };
  return { rule, asked };
}

/** A note long enough to be read section by section, with a sorry in two of its paragraphs. */
const paragraphs = Array.from({ length: 40 }, (_, i) =>
  i % 13 === 5 ? `Paragraph ${i} is sorry about the delay. It then moves on to the plan.` : `Paragraph ${i} covers the roadmap review. It ends on the data model we sketched.`,
);
const note = (body: readonly string[]): string => `Hi Dana,\n\n${body.join('\n\n')}\n\nBest,\nLee\n`;

const key = (result: LintResult): unknown => result.messages.map((m) => [m.ruleId, m.startOffset, m.endOffset, m.reason]);

describe('idle marks', () => {
  it('skip a rule on unchanged sentences it said it has nothing to do with, and ask it about the rest', () => {
    const { rule, asked } = countingRule('counting', 'idle');
    const rules = [...RULES, rule];
    const cache = new NoteCache();
    const before = note(paragraphs);
    lintSync(before, { cache, rules });
    const sentences = asked.length;
    expect(sentences).toBeGreaterThan(80);

    // An edit in one paragraph: only its sentences and the ones that report are asked again.
    const edited = paragraphs.map((p, i) => (i === 20 ? p.replace('roadmap', 'quarterly roadmap') : p));
    const after = note(edited);
    asked.length = 0;
    const cached = lintSync(after, { cache, rules });
    // The greeting's and sign-off's blocks are read afresh at every lint, so their sentences are new.
    const fresh = ['Hi Dana,', 'Best,\nLee'];
    expect(new Set(asked)).toEqual(new Set([...fresh, ...edited[20]!.split(/(?<=\.) /), ...asked.filter((t) => /sorry/.test(t))]));
    expect(asked.filter((t) => /sorry/.test(t))).toHaveLength(paragraphs.filter((p) => /sorry/.test(p)).length);
    expect(key(cached)).toEqual(key(lintSync(after, { rules })));
  });

  it('never skip a rule that answers nothing', () => {
    const { rule, asked } = countingRule('counting', 'nothing');
    const rules = [...RULES, rule];
    const cache = new NoteCache();
    lintSync(note(paragraphs), { cache, rules });
    const sentences = asked.length;
    asked.length = 0;
    lintSync(note(paragraphs.map((p, i) => (i === 3 ? `${p} More.` : p))), { cache, rules });
    expect(asked.length).toBe(sentences + 1);
  });

  it('are not read under another configuration or rule list, nor kept without a cache', () => {
    const { rule, asked } = countingRule('counting', 'idle');
    const rules = [...RULES, rule];
    const text = note(paragraphs);
    const cache = new NoteCache();
    lintSync(text, { cache, rules, resolved: resolveConfig({}) });
    const sentences = asked.length;

    asked.length = 0;
    lintSync(text, { cache, rules, resolved: resolveConfig({}) });
    expect(asked).toHaveLength(sentences);

    const resolved = resolveConfig({});
    const copy = [...rules];
    lintSync(text, { cache, rules, resolved });
    asked.length = 0;
    lintSync(text, { cache, rules: copy, resolved });
    expect(asked).toHaveLength(sentences);

    // Under one configuration and rule list, only the sentences that report are asked again.
    asked.length = 0;
    lintSync(text, { cache, rules: copy, resolved });
    expect(asked).toEqual([5, 18, 31].map((i) => paragraphs[i]!.split(/(?<=\.) /)[0]));

    asked.length = 0;
    lintSync(text, { rules, resolved });
    lintSync(text, { rules, resolved });
    expect(asked).toHaveLength(2 * sentences);
  });

  it('leave badmouthing’s context from the sentence before as a fresh lint has it', () => {
    const cache = new NoteCache();
    const withContext = (first: string): string => note([...paragraphs.slice(0, 20), `${first} They were clueless about everything.`, ...paragraphs.slice(20)]);
    const count = (result: LintResult): number => result.messages.filter((m) => m.ruleId === 'badmouthing').length;
    const steps = ['I left my hometown in May.', 'I left my last company in May.', 'I left my hometown in May.', 'I left my last company in May.\n\nMay was warm.', 'I left my last company in May. May was warm.'];
    const counts: number[] = [];
    for (const first of steps) {
      const text = withContext(first);
      const cached = lintSync(text, { cache });
      expect(key(cached)).toEqual(key(lintSync(text)));
      counts.push(count(cached));
    }
    // The context makes the finding, and it never crosses a paragraph.
    expect(counts).toEqual([counts[0], counts[0]! + 1, counts[0], counts[0], counts[0]]);
  });

  it('leave the registry’s findings as a fresh lint has them through a run of edits', () => {
    const cache = new NoteCache();
    let body = [...paragraphs];
    const edits: Array<(b: string[]) => string[]> = [
      (b) => b.map((p, i) => (i === 8 ? "I really need this job and I'm desperate. Please reconsider me." : p)),
      (b) => [...b.slice(0, 30), "I'm very interested in this role.", ...b.slice(30)],
      (b) => b.map((p, i) => (i === 12 ? 'My old boss was a clueless micromanager.' : p)),
      (b) => b.filter((_, i) => i !== 8),
      (b) => b.map((p, i) => (i === 2 ? `${p} Sorry, sorry, sorry again for the mess.` : p)),
    ];
    lintSync(note(body), { cache });
    for (const edit of edits) {
      body = edit(body);
      const text = note(body);
      expect(key(lintSync(text, { cache }))).toEqual(key(lintSync(text)));
    }
  });
});
