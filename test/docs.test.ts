// Each rule's documentation exists, has the house sections, and its examples lint as they claim.
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { NOTICE_DOCS } from '../rules/meta.js';
import { lintWithRule } from './helpers/rule-tester.js';

const SECTIONS = ['## Why', '## Incorrect', '## Correct', '## Options', '## Fix'];

/** The fenced Markdown examples under one `## Heading`. */
function examples(doc: string, heading: string): string[] {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start === -1) return [];
  const next = doc.indexOf('\n## ', start + heading.length + 2);
  const section = doc.slice(start, next === -1 ? undefined : next);
  return [...section.matchAll(/^(`{3,}|~{3,})markdown\n([\s\S]*?)^\1$/gm)].map((m) => m[2]!);
}

describe('rule docs', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    const path = `docs/rules/${id}.md`;
    describe(id, () => {
      it('has a page with every section', () => {
        expect(existsSync(path), path).toBe(true);
        const doc = readFileSync(path, 'utf8');
        expect(doc.startsWith(`# ${id}\n`)).toBe(true);
        for (const s of SECTIONS) expect(doc, `${path} lacks ${s}`).toContain(`\n${s}\n`);
      });
      it('flags every incorrect example and none of the correct ones', () => {
        const doc = readFileSync(path, 'utf8');
        const bad = examples(doc, '## Incorrect');
        const good = examples(doc, '## Correct');
        expect(bad.length).toBeGreaterThan(0);
        expect(good.length).toBeGreaterThan(0);
        for (const ex of bad) expect(lintWithRule(id, ex).length, `not flagged:\n${ex}`).toBeGreaterThan(0);
        for (const ex of good) expect(lintWithRule(id, ex).map((m) => m.reason), `flagged:\n${ex}`).toEqual([]);
      });
    });
  }
});

describe('notice docs', () => {
  /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
  const anchor = (heading: string): string => heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
  for (const [id, page] of Object.entries(NOTICE_DOCS)) {
    it(`${id} links to a section that exists and names it`, () => {
      const [file, section] = page.split('#');
      const doc = readFileSync(`docs/${file}`, 'utf8');
      const headings = [...doc.matchAll(/^#{2,3} (.+)$/gm)].map((m) => anchor(m[1]!));
      expect(headings).toContain(section);
      expect(doc).toContain(`\`${id}\``);
    });
  }
});
