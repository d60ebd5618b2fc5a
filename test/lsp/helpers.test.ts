// Unit tests of the server's pure helpers: positions, diagnostics, edits, anchors, settings.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../property/arbitraries.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, lintSync, resolveConfig, type LintMessage } from '../../rules/index.js';
import { editsBetween, toDiagnostic, toRange, toSeverity, toTextEdits, toWorkspaceEdit } from '../../server/lsp/convert.js';
import { anchorsOf, fileAnchor, ignoreAnchor, parseBlocks } from '../../server/lsp/anchors.js';
import { readSettings } from '../../server/lsp/settings.js';
import { buildCodeActions, buildFixAllAction } from '../../server/lsp/actions.js';
import { toFinding } from '../../server/lsp/findings.js';

const doc = (text: string, version = 3): TextDocument => TextDocument.create('file:///n.md', 'markdown', version, text);

describe('positions', () => {
  it('maps UTF-16 offsets to LSP positions across astral characters and CRLF', () => {
    const text = 'a😀b\r\nc';
    expect(toRange(doc(text), 3, 4)).toEqual({ start: { line: 0, character: 3 }, end: { line: 0, character: 4 } });
    expect(toRange(doc(text), 6, 7)).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 1 } });
    // Offsets past the end clamp to the end rather than throwing.
    expect(toRange(doc(text), 99, 99)).toEqual({ start: { line: 1, character: 1 }, end: { line: 1, character: 1 } });
  });

  it('maps severities to LSP numbers', () => {
    expect([toSeverity('error'), toSeverity('warn'), toSeverity('info'), toSeverity('hint')]).toEqual([1, 2, 3, 4]);
  });
});

describe('toDiagnostic', () => {
  it('carries rule id, docs link, source, severity and message', () => {
    const finding = { ruleId: 'too-long', message: 'Long; cut.', severity: 'info' as const, url: 'https://x/too-long.md', start: 2, end: 5, fixes: [] };
    expect(toDiagnostic(doc('ab\ncdef'), finding)).toEqual({
      range: { start: { line: 0, character: 2 }, end: { line: 1, character: 2 } },
      severity: 3,
      code: 'too-long',
      codeDescription: { href: 'https://x/too-long.md' },
      source: 'followup-lint',
      message: 'Long; cut.',
    });
  });
});

describe('workspace edits', () => {
  it('names the document version when the client takes versioned edits', () => {
    const d = doc('hello world');
    const edits = toTextEdits(d, [{ start: 6, end: 11, text: 'there' }, { start: 0, end: 0, text: '> ' }]);
    expect(toWorkspaceEdit(d, edits, true)).toEqual({
      documentChanges: [
        {
          textDocument: { uri: 'file:///n.md', version: 3 },
          edits: [
            { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '> ' },
            { range: { start: { line: 0, character: 6 }, end: { line: 0, character: 11 } }, newText: 'there' },
          ],
        },
      ],
    });
    expect(toWorkspaceEdit(d, edits, false)).toEqual({ changes: { 'file:///n.md': edits } });
  });
});

describe('editsBetween', () => {
  it('returns only the changed spans', () => {
    expect(editsBetween('one two three four', 'one 2 three four!')).toEqual([
      { start: 4, end: 7, text: '2' },
      { start: 18, end: 18, text: '!' },
    ]);
  });

  it('returns nothing for equal texts, and a pure insertion or deletion as one edit', () => {
    expect(editsBetween('same', 'same')).toEqual([]);
    expect(editsBetween('ab', 'aXb')).toEqual([{ start: 1, end: 1, text: 'X' }]);
    expect(editsBetween('aXb', 'ab')).toEqual([{ start: 1, end: 2, text: '' }]);
  });

  it('always reproduces the target text', () => {
    const cases: Array<[string, string]> = [
      ['Hi,\n\nI really need this.\n\nBest,\nA', 'Hi,\n\nThank you.\n\nI am keen.\n\nBest,\nA'],
      ['', 'new text'],
      ['old text', ''],
      ['a b c d e f', 'f e d c b a'],
    ];
    for (const [before, after] of cases) expect(applyEdits(before, editsBetween(before, after))).toBe(after);
  });
});

describe('anchors', () => {
  const ignoreEditFor = (text: string, offset: number): string => {
    const anchor = ignoreAnchor(parseBlocks(text), text, offset)!;
    return text.slice(0, anchor.at) + `${anchor.lead}<!-- c -->${anchor.trail}` + text.slice(anchor.at);
  };

  it('puts an ignore comment on its own line before a paragraph', () => {
    expect(ignoreEditFor('Hi,\n\nFirst line\nsecond line.\n', 8)).toBe('Hi,\n\n<!-- c -->\nFirst line\nsecond line.\n');
    expect(ignoreAnchor(parseBlocks('Hi,\n\nA\nB\n'), 'Hi,\n\nA\nB\n', 5)?.multiline).toBe(true);
    expect(ignoreAnchor(parseBlocks('Hi,\n\nA.\n'), 'Hi,\n\nA.\n', 5)?.multiline).toBe(false);
  });

  it('keeps list items and quotes intact and keeps CRLF line endings', () => {
    expect(ignoreEditFor('- one\n- two words\n', 9)).toBe('- one\n- <!-- c -->\n  two words\n');
    expect(ignoreEditFor('> - quoted\n', 5)).toBe('> - <!-- c -->\n>   quoted\n');
    expect(ignoreEditFor('Hi,\r\n\r\nBody.\r\n', 7)).toBe('Hi,\r\n\r\n<!-- c -->\r\nBody.\r\n');
  });

  it('puts a file comment at the top, or after front matter', () => {
    const at = (text: string): string => {
      const a = fileAnchor(parseBlocks(text), text);
      return text.slice(0, a.at) + `${a.lead}<!-- c -->${a.trail}` + text.slice(a.at);
    };
    expect(at('Hi,\n\nBody.\n')).toBe('<!-- c -->\n\nHi,\n\nBody.\n');
    expect(at('---\ntitle: x\n---\n\nHi,\n')).toBe('---\ntitle: x\n---\n<!-- c -->\n\nHi,\n');
    expect(at('')).toBe('<!-- c -->\n');
  });

  it('makes the engine skip the finding it was made for', () => {
    const text = ['Hi Marcus,', '', 'Para one has words here.', '', '- item with many words in it', '', 'Best,', 'Priya', ''].join('\n');
    const config = resolveConfig({ rules: { 'too-long': ['warn', { maxWords: 3 }] } });
    const tooLong = (t: string): LintMessage | undefined => lintSync(t, { resolved: config }).messages.find((m) => m.ruleId === 'too-long');
    const found = tooLong(text)!;
    expect(found).toBeDefined();
    const tree = parseBlocks(text);
    const anchor = ignoreAnchor(tree, text, found.startOffset)!;
    const ignored = text.slice(0, anchor.at) + `${anchor.lead}<!-- followup-lint ignore too-long -->${anchor.trail}` + text.slice(anchor.at);
    expect(tooLong(ignored)).toBeUndefined();
    const file = fileAnchor(tree, text);
    const disabled = `${file.lead}<!-- followup-lint disable too-long -->${file.trail}` + text;
    expect(tooLong(disabled)).toBeUndefined();
  });
});

describe('readSettings', () => {
  it('fills defaults and turns maxWords into a too-long option', () => {
    const { settings, config, problems } = readSettings({ maxWords: 120 });
    expect(settings).toEqual({ enable: true, run: 'onType', rules: {}, maxWords: 120, debounce: 250, languages: ['markdown'], maxProblems: 1000 });
    expect(config).toEqual({ rules: { 'too-long': ['warn', { maxWords: 120 }] } });
    expect(problems).toEqual([]);
  });

  it('repairs invalid values one by one and says which', () => {
    const { settings, problems } = readSettings({ enable: 'yes', run: 'sometimes', debounce: -5, languages: 'markdown', maxWords: 0.5, maxProblems: -1 });
    expect(settings).toEqual({ enable: true, run: 'onType', rules: {}, maxWords: undefined, debounce: 250, languages: ['markdown'], maxProblems: 1000 });
    expect(problems).toHaveLength(6);
    expect(problems).toContain('Setting followupLint.maxProblems must be a whole number, 0 or more (0 shows every finding); using the default.');
    expect(readSettings({ maxProblems: 0 }).settings.maxProblems).toBe(0);
    expect(readSettings({ maxProblems: 2.5 }).problems).toHaveLength(1);
  });

  it('ignores broken rule settings but keeps the rest', () => {
    const { settings, config, problems } = readSettings({ rules: { 'no-such-rule': 'error' }, debounce: 50, maxWords: 90 });
    expect(settings.debounce).toBe(50);
    expect(settings.rules).toEqual({});
    expect(config).toEqual({ rules: { 'too-long': ['warn', { maxWords: 90 }] } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/no-such-rule/);
  });

  it('accepts null and non-objects as defaults', () => {
    expect(readSettings(null).problems).toEqual([]);
    expect(readSettings(42).settings.debounce).toBe(250);
  });
});

describe('buildCodeActions', () => {
  const text = 'Hi,\n\nBody words here.\n';
  const d = doc(text, 7);
  const finding = {
    ruleId: 'too-long',
    message: 'm',
    severity: 'warn' as const,
    url: 'u',
    start: 5,
    end: 21,
    fixes: [
      { label: 'Best', effect: 'rewrite' as const, safe: false, edits: [{ start: 5, end: 9, text: 'Some' }] },
      { label: 'Second', effect: 'remove' as const, safe: false, edits: [{ start: 5, end: 21, text: '' }] },
      { label: 'Broken', effect: 'remove' as const, safe: false, edits: [{ start: 50, end: 60, text: '' }] },
    ],
  };
  const diagnostic = toDiagnostic(d, finding);
  const edit = (line: number, from: number, to: number, newText: string) => ({
    documentChanges: [{ textDocument: { uri: 'file:///n.md', version: 7 }, edits: [{ range: { start: { line, character: from }, end: { line, character: to } }, newText }] }],
  });

  it('lists rewrites (first preferred), then disable and docs actions; drops invalid fixes', () => {
    const actions = buildCodeActions({
      document: d,
      targets: [{ finding, diagnostic, anchor: { at: 5, lead: '', trail: '\n', multiline: false } }],
      fileAnchor: { at: 0, lead: '', trail: '\n\n', multiline: true },
      versioned: true,
      knownRules: new Set(['too-long']),
    });
    expect(actions).toEqual([
      { title: 'Best', kind: 'quickfix', diagnostics: [diagnostic], isPreferred: true, edit: edit(2, 0, 4, 'Some') },
      {
        title: 'Second',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: false,
        edit: { documentChanges: [{ textDocument: { uri: 'file:///n.md', version: 7 }, edits: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 16 } }, newText: '' }] }] },
      },
      { title: 'Disable too-long for this line', kind: 'quickfix', diagnostics: [diagnostic], edit: edit(2, 0, 0, '<!-- followup-lint ignore too-long -->\n') },
      { title: 'Disable too-long for this file', kind: 'quickfix', diagnostics: [diagnostic], edit: edit(0, 0, 0, '<!-- followup-lint disable too-long -->\n\n') },
      {
        title: 'Show documentation for too-long',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        command: { title: 'Show documentation for too-long', command: 'followupLint.openRuleDocs', arguments: ['too-long'] },
      },
    ]);
  });

  it('offers no disable action for findings about the linter itself', () => {
    const internal = { ...finding, ruleId: 'comment-marker', fixes: [] };
    const actions = buildCodeActions({
      document: d,
      targets: [{ finding: internal, diagnostic, anchor: undefined }],
      fileAnchor: { at: 0, lead: '', trail: '\n', multiline: true },
      versioned: true,
      knownRules: new Set(['too-long']),
    });
    expect(actions).toEqual([]);
  });

  it('builds fix-all only when there is something to fix', () => {
    expect(buildFixAllAction(d, [], true)).toBeUndefined();
    expect(buildFixAllAction(d, [{ start: 0, end: 2, text: 'Hello' }], true)).toEqual({
      title: 'Fix all safe followup-lint problems',
      kind: 'source.fixAll.followupLint',
      edit: edit(0, 0, 2, 'Hello'),
    });
  });

  it('reduces engine messages to plain findings', () => {
    const [message] = lintSync('Hi,\n\nOne two three four five six.\n', { config: { rules: { 'too-long': ['warn', { maxWords: 2 }] } } }).messages.filter((m) => m.ruleId === 'too-long');
    expect(toFinding(message!)).toEqual({
      ruleId: 'too-long',
      message: message!.reason,
      severity: 'warn',
      url: message!.url,
      start: message!.startOffset,
      end: message!.endOffset,
      fixes: message!.fixes,
    });
  });
});

/** Lines that open, close or continue the blocks a comment anchor must respect, and blank lines that separate sections. */
const ANCHOR_LINE = fc.constantFrom(
  '', '', '', ' ', 'Hi Sam,', 'Thank you for your time.', 'Sorry for the typo.', 'Best,', 'Sam',
  '```', '~~~', '    indented code', '  continued', '- item', '  - nested item', '1. first', '> quoted', '>', '> - quoted item',
  '<!-- note -->', '<!--', '-->', '<div>', '</div>', '---', 'title: x', '| a | b |', '|---|---|', '# Heading', 'Heading', '===',
  '[^1]: a footnote',
);

describe('anchors by section', () => {
  it('are what the whole document\'s tree gives wherever a finding can start, and for the note', () => {
    // A finding starts on a word or a mark, or right after one (an insertion at the end of a
    // block). In the blank lines between two items of a list, the whole tree would give the
    // list and the sections the next item: no finding starts there.
    const onText = (text: string, i: number): boolean => /\S/.test(text[i] ?? '') || /\S/.test(text[i - 1] ?? '');
    fc.assert(
      fc.property(fc.array(ANCHOR_LINE, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const tree = parseBlocks(text);
        const offsets = Array.from({ length: text.length + 1 }, (_, i) => i).filter((i) => onText(text, i));
        const { ignore, file } = anchorsOf(text, offsets);
        expect(ignore).toEqual(offsets.map((o) => ignoreAnchor(tree, text, o)));
        expect(file).toEqual(fileAnchor(tree, text));
      }),
      runs(300),
    );
  });
});
