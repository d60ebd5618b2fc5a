// The README's rule table matches the registry: every rule listed once, defaults as shipped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';

const readme = readFileSync('README.md', 'utf8');
const rows = [...readme.matchAll(/^\| \[`([a-z-]+)`\]\(docs\/rules\/\1\.md\) \| (\w+) \| [^|]+ \| (\w+) \| (\w+) \|$/gm)].map((m) => ({
  id: m[1]!,
  category: m[2]!,
  severity: m[3]!,
  fixable: m[4]!,
}));

describe('README rule table', () => {
  it('lists every registered rule exactly once', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });
  for (const rule of RULES) {
    it(`${rule.meta.id}: category, default severity and fixability match the rule`, () => {
      const row = rows.find((r) => r.id === rule.meta.id);
      expect(row).toEqual({ id: rule.meta.id, category: rule.meta.category, severity: rule.meta.defaultSeverity, fixable: rule.meta.fixable });
    });
  }
  it('keeps the two first-screen commands', () => {
    const firstScreen = readme.split('\n').slice(0, 15).join('\n');
    expect(firstScreen).toContain('npm ci && npx followup-lint examples/');
    expect(firstScreen).toContain('npm test');
  });
});
