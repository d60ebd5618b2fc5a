// The cache keeps messages without the fields that follow from the others; read back, each
// message is exactly what the whole message written as JSON would give.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateNotes } from '../../bench/corpus.mjs';
import { lintSync, resolveConfig, type LintMessage } from '../../rules/index.js';
import { fromStored, isStoredMessage, toStored, type StoredMessage } from '../../server/cli/stored-message.js';
import { fromPlain, toPlain } from '../../server/cli/wire.js';

/** Through a file and back, as the cache file takes it. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const examples = path.join(import.meta.dirname, '../../examples');
const notes = [
  ...readdirSync(examples)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ filePath: path.join(examples, name), text: readFileSync(path.join(examples, name), 'utf8') })),
  ...generateNotes(60).map((note, i) => ({ filePath: `/notes/note-${i}.md`, text: note.text })),
];
// Every rule on, at every severity, so info and hint messages are among them.
const severities = ['error', 'warn', 'info', 'hint'] as const;
const linted = notes.flatMap((note, i) => {
  const resolved = resolveConfig({ rules: {} });
  for (const id of Object.keys(resolved.rules)) resolved.rules[id]!.severity = severities[i % severities.length]!;
  return lintSync(note.text, { resolved, filePath: note.filePath }).messages.map((message) => ({ message, note }));
});

describe('stored messages', () => {
  it('read back exactly as the whole message through JSON, for real findings', () => {
    expect(linted.length).toBeGreaterThan(100);
    expect(new Set(linted.map(({ message }) => message.severity))).toEqual(new Set(severities));
    expect(linted.some(({ message }) => message.fixes.length > 0)).toBe(true);
    for (const { message, note } of linted) {
      const stored = viaJson(toStored(message, note));
      expect(isStoredMessage(stored)).toBe(true);
      const back = fromStored(stored, note);
      expect(back).toEqual(fromPlain(viaJson(toPlain(message))));
      expect(back).toBeInstanceOf(Error);
      expect(back.reason).toBe(message.reason);
    }
  });

  it('leave out what follows from the rest, the note and its path', () => {
    for (const { message, note } of linted) {
      const [, fields] = toStored(message, note);
      for (const derived of ['message', 'file', 'name', 'place', 'source', 'actual', 'url', 'fatal']) expect(fields).not.toHaveProperty(derived);
      expect(fields).toMatchObject({ ruleId: message.ruleId, reason: message.reason, line: message.line, startOffset: message.startOffset });
    }
  });

  it('keep a field whole when it is not what it would be derived as', () => {
    const { message, note } = linted.find(({ message }) => message.fixes.some((fix) => fix.effect === 'rewrite'))!;
    const odd = fromPlain({ ...toPlain(message), url: 'https://example.com/elsewhere', actual: 'not the text', expected: ['kept'] }) as LintMessage;
    const stored = viaJson(toStored(odd, note));
    expect(stored[1]).toMatchObject({ url: 'https://example.com/elsewhere', actual: 'not the text', expected: ['kept'] });
    expect(fromStored(stored, note)).toEqual(fromPlain(viaJson(toPlain(odd))));
    // Read for another note, a derived field follows that note; a kept one does not.
    const other = fromStored(stored, { filePath: '/elsewhere.md', text: note.text });
    expect(other).toMatchObject({ file: '/elsewhere.md', url: 'https://example.com/elsewhere' });
  });

  it('never adds a field the message did not have', () => {
    const { message, note } = linted[0]!;
    const plain = toPlain(message);
    delete plain['actual'];
    const stored: StoredMessage = viaJson(toStored(fromPlain(plain), note));
    expect(fromStored(stored, note)).not.toHaveProperty('actual');
  });

  it('tell a stored message from anything else a file might hold', () => {
    expect(isStoredMessage([0, {}])).toBe(true);
    for (const value of [null, {}, [], [0], ['0', {}], [0.5, {}], [0, null], [0, []], [0, {}, 1]]) expect(isStoredMessage(value)).toBe(false);
  });
});
