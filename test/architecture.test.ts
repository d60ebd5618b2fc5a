// Dependencies point one way: client knows none of our code, server imports rules, rules do no I/O.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const p = path.join(dir, name);
    if (name === 'node_modules' || name === 'out') continue;
    if (statSync(p).isDirectory()) out = out.concat(sources(p));
    else if (/\.(ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

describe('architecture', () => {
  it('rules/ imports neither the server, the client, vscode, nor Node I/O', () => {
    const offenders: string[] = [];
    for (const file of sources('rules')) {
      for (const spec of imports(file)) {
        if (/(^|\/)(server|client)\//.test(spec) || spec.startsWith('vscode') || /^node:(fs|child_process|net|http|https|worker_threads)/.test(spec) || /^(fs|child_process|net|http|https)$/.test(spec)) {
          offenders.push(`${file}: ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('server/ never imports the client', () => {
    const offenders = sources('server').flatMap((f) => imports(f).filter((s) => /(^|\/)client\//.test(s)).map((s) => `${f}: ${s}`));
    expect(offenders).toEqual([]);
  });

  it('client/ imports none of our code (it talks LSP)', () => {
    const offenders = sources('client').flatMap((f) => imports(f).filter((s) => /(^|\/)(rules|server)\//.test(s)).map((s) => `${f}: ${s}`));
    expect(offenders).toEqual([]);
  });
});
