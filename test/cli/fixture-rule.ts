// A rule that exists only in the CLI's fix tests: stable safe fixes, whatever the real rules do.
import type { Fix, Rule } from '../../rules/index.js';

/** `teh` → `the` (safe, plus a suggestion); `[[nl]]` → a line break; `recieve` → `receive` in two edits. */
export const fixtureRule: Rule<Record<string, never>> = {
  meta: {
    id: 'test-typo',
    description: 'Test-only rule with safe fixes.',
    category: 'draft',
    defaultSeverity: 'warn',
    why: 'Exercises --fix.',
    fixable: 'safe',
    defaults: {},
    options: {},
  },
  create(context) {
    return {
      end(note) {
        for (const match of note.source.matchAll(/\bteh\b|\[\[nl\]\]|\brecieve\b/g)) {
          const start = match.index;
          const end = start + match[0].length;
          let fixes: Fix[];
          if (match[0] === 'teh') {
            fixes = [
              { label: 'Write "the"', effect: 'rewrite', safe: true, edits: [{ start, end, text: 'the' }] },
              { label: 'Write "ten"', effect: 'rewrite', safe: false, edits: [{ start, end, text: 'ten' }] },
            ];
          } else if (match[0] === 'recieve') {
            fixes = [
              {
                label: 'Write "receive"',
                effect: 'rewrite',
                safe: true,
                edits: [
                  { start: start + 3, end: start + 4, text: 'e' },
                  { start: start + 4, end: start + 5, text: 'i' },
                ],
              },
            ];
          } else {
            fixes = [{ label: 'Break the line', effect: 'rewrite', safe: true, edits: [{ start, end, text: '\n' }] }];
          }
          context.report({ start, end, found: `Found "${match[0]}"`, instead: 'fix it', fixes });
        }
      },
    };
  },
};
