// Runs the CLI in-process with fake streams, and builds throw-away folders of notes.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterEach } from 'vitest';
import { main } from '../../server/cli/main.js';
import { RULE_IDS, type RuleSetting } from '../../rules/index.js';

/** What one CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Run `followup-lint ...argv` in `cwd`, with optional standard input and environment. */
export async function runCli(argv: string[], options: { cwd: string; stdin?: string | Buffer; env?: Record<string, string>; isTTY?: boolean }): Promise<CliRun> {
  const stdout = new Collector();
  const stderr = new Collector();
  const stdin = Readable.from(options.stdin === undefined ? [] : [typeof options.stdin === 'string' ? Buffer.from(options.stdin) : options.stdin]);
  const code = await main(argv, { cwd: options.cwd, stdin, stdout, stderr, env: options.env ?? {}, isTTY: options.isTTY ?? false });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A rules object with every rule off except those given (so tests do not depend on rules in flux). */
export function only(settings: Record<string, RuleSetting>): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const id of RULE_IDS) rules[id] = 'off';
  return { ...rules, ...settings };
}

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A temporary folder holding `files` (path → content; a `null` content makes a folder); removed after the test. */
export function tempTree(files: Record<string, string | Buffer | null>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'followup-lint-cli-'));
  made.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, rel);
    if (content === null) {
      mkdirSync(full, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

/** A config file's text. */
export function rc(config: object): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** A note with `n` body words, greeting and sign-off around it. */
export function noteOfWords(n: number): string {
  const words = Array.from({ length: n }, (_, i) => (i % 10 === 9 ? 'team.' : 'team'));
  return `Dear Sam,\n\n${words.join(' ')}\n\nBest,\nAna\n`;
}

/** JSON output parsed, with paths made relative to `cwd`. */
export function parseJson(stdout: string, cwd: string): Array<{ file: string; messages: Array<Record<string, unknown>>; [k: string]: unknown }> {
  return (JSON.parse(stdout) as Array<Record<string, unknown>>).map((r) => ({
    ...r,
    file: path.relative(cwd, String(r['filePath'])).split(path.sep).join('/'),
    messages: r['messages'] as Array<Record<string, unknown>>,
  }));
}
