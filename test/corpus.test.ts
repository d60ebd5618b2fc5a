// Hygiene of the labelled corpus: files and labels agree, and the coverage the quality report relies on is there.
import { describe, expect, it } from 'vitest';
import { readNote } from '../rules/text/note.js';
import { validateConfig } from '../rules/config.js';
import { LABELLED_RULES, SPLITS, configFor, listNotePaths, loadCorpus, loadLabels, splitOf } from '../scripts/corpus.js';

const labels = loadLabels();
const notes = loadCorpus();
const entries = Object.entries(labels);

/** What the corpus promises: enough positives per rule and enough notes that must stay clean. */
const MIN_PER_RULE = 8;
const MIN_PER_RULE_PER_SPLIT = 3;
const MIN_CLEAN = 35;
const MIN_NEAR_MISS = 25;
/** The blind split must stand on its own as a measurement, not lean on the tuned splits' clean notes. */
const MIN_HOLDOUT_CLEAN = 18;
const MIN_HOLDOUT_NEAR_MISS = 14;

/** Placeholder shapes a writer leaves in a draft (the label, not the linter, is under test here). */
const PLACEHOLDER = /\{\{[^}]*\}\}|\[[A-Z][A-Za-z -]*\]|<[A-Z][A-Za-z ]*>|\bTODO\b|\bXX\b/;

/** Any bracketed, braced or angled span on one line, or a TODO/XX marker. */
const SLOT = /\{[^{}\n]+\}|\[[^[\]\n]+\]|<[^<>\n]+>|\bTODO\b|\bXX\b/;

/** The text without fenced code and code spans, where braces and brackets are code, not slots. */
function withoutCode(source: string): string {
  return source.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

describe('corpus files and labels', () => {
  it('labels every note on disk and nothing else', () => {
    const onDisk = listNotePaths();
    expect(onDisk.length).toBeGreaterThan(0);
    expect(onDisk.filter((p) => !(p in labels))).toEqual([]);
    expect(Object.keys(labels).filter((p) => !onDisk.includes(p))).toEqual([]);
  });

  it('puts every note in a split', () => {
    expect(entries.filter(([p]) => splitOf(p) === undefined).map(([p]) => p)).toEqual([]);
  });

  it('uses only the labelled rule ids, each at most once per note', () => {
    const known: readonly string[] = LABELLED_RULES;
    for (const [path, label] of entries) {
      expect(label.rules.filter((r) => !known.includes(r)), path).toEqual([]);
      expect(new Set(label.rules).size, path).toBe(label.rules.length);
    }
  });

  it('keeps kinds consistent with rules', () => {
    for (const [path, label] of entries) {
      if (label.kind === 'flawed') expect(label.rules.length, `${path} is flawed but has no rules`).toBeGreaterThan(0);
      else expect(label.rules, `${path} is ${label.kind} but has rules`).toEqual([]);
    }
  });

  it('has valid configuration files wherever notes sit', () => {
    for (const note of notes) expect(() => validateConfig(note.config), note.path).not.toThrow();
  });
});

describe('corpus coverage', () => {
  it.each(LABELLED_RULES)('has enough positives for %s in each split', (rule) => {
    const positives = entries.filter(([, l]) => l.rules.includes(rule));
    expect(positives.length).toBeGreaterThanOrEqual(MIN_PER_RULE);
    for (const split of SPLITS) {
      expect(positives.filter(([p]) => splitOf(p) === split).length, split).toBeGreaterThanOrEqual(MIN_PER_RULE_PER_SPLIT);
    }
  });

  it('has enough clean notes and near-misses', () => {
    expect(entries.filter(([, l]) => l.kind === 'clean').length).toBeGreaterThanOrEqual(MIN_CLEAN);
    expect(entries.filter(([, l]) => l.kind === 'near-miss').length).toBeGreaterThanOrEqual(MIN_NEAR_MISS);
  });

  it('has enough clean notes and near-misses in the blind holdout split', () => {
    const holdout = entries.filter(([p]) => splitOf(p) === 'holdout');
    expect(holdout.filter(([, l]) => l.kind === 'clean').length).toBeGreaterThanOrEqual(MIN_HOLDOUT_CLEAN);
    expect(holdout.filter(([, l]) => l.kind === 'near-miss').length).toBeGreaterThanOrEqual(MIN_HOLDOUT_NEAR_MISS);
  });

  it('keeps every split a sizeable share of the corpus', () => {
    // With three splits no one of them should dominate: dev is what authors learn from,
    // test and holdout must each be large enough for their scores to mean something.
    const share = (split: string): number => entries.filter(([p]) => splitOf(p) === split).length / entries.length;
    expect(share('dev')).toBeGreaterThanOrEqual(0.3);
    expect(share('dev')).toBeLessThanOrEqual(0.5);
    for (const split of ['test', 'holdout']) {
      expect(share(split), split).toBeGreaterThanOrEqual(0.2);
      expect(share(split), split).toBeLessThanOrEqual(0.45);
    }
  });
});

describe('label consistency', () => {
  it('labels placeholders outside template folders, and never inside them', () => {
    for (const note of notes) {
      const inTemplates = configFor(note.path).templates === true;
      const labelled = note.label.rules.includes('unfilled-placeholder');
      if (inTemplates) expect(labelled, note.path).toBe(false);
      else if (PLACEHOLDER.test(withoutCode(note.source))) expect(labelled, note.path).toBe(true);
      // A label needs a slot-shaped span, even one of a shape the pattern above leaves out
      // (“[mention something specific]”, “{first_name}”).
      else if (labelled) expect(SLOT.test(withoutCode(note.source)), note.path).toBe(true);
    }
  });

  it('has template folders with placeholders in every split', () => {
    for (const split of SPLITS) {
      const templates = notes.filter((n) => n.split === split && configFor(n.path).templates === true);
      expect(templates.length, split).toBeGreaterThanOrEqual(2);
      for (const t of templates) expect(PLACEHOLDER.test(t.source), t.path).toBe(true);
    }
  });

  it('keeps too-long labels clear of the 200-word budget', () => {
    for (const note of notes) {
      const words = readNote(note.source).wordCount;
      if (note.label.rules.includes('too-long')) expect(words, note.path).toBeGreaterThanOrEqual(225);
      else expect(words, note.path).toBeLessThanOrEqual(190);
    }
  });
});
