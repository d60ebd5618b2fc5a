// Misbehaving rules for the engine's fault tests, run through `LintOptions.rules` beside
// the real ones; the registry itself is never changed.
import type { Fix, ReportInput, Rule, RuleMeta } from '../../rules/index.js';

/** Where a faulty rule goes wrong. */
export type FaultPlace = 'create' | 'sentence' | 'end';

function meta(id: string): RuleMeta<object> {
  return {
    id,
    description: 'A rule that misbehaves on purpose.',
    category: 'draft',
    defaultSeverity: 'warn',
    why: 'Tests that one faulty rule cannot break a lint.',
    fixable: 'safe',
    defaults: {},
    options: {},
  };
}

/**
 * A rule that throws `thrown` at `place` (for `sentence`, on the `nth` sentence, wrapping
 * round), after reporting one well-formed finding first so that partial output is kept.
 */
export function throwingRule(id: string, place: FaultPlace, thrown: () => unknown, nth = 0): Rule<object> {
  return {
    meta: meta(id),
    create(context) {
      if (place === 'create') throw thrown();
      let seen = 0;
      const count = context.note.sentences.length;
      return {
        sentence() {
          if (place === 'sentence' && seen++ === nth % count) throw thrown();
        },
        end() {
          if (place === 'end') throw thrown();
        },
      };
    },
  };
}

/** A rule that hands `report` whatever it is given, however wrong. */
export function reportingRule(id: string, reports: readonly ReportInput[]): Rule<object> {
  return {
    meta: meta(id),
    create(context) {
      return {
        end() {
          for (const r of reports) context.report(r);
        },
      };
    },
  };
}

/** A one-edit safe fix. */
export function editFix(start: number, end: number, text: string, safe = true): Fix {
  return { label: 'Test edit', effect: 'rewrite', safe, edits: [{ start, end, text }] };
}
