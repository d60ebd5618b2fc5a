// Sends a long document to its lint worker as the part that changed, not as the whole text.
// Copying a megabyte of text to the worker on every keystroke cost about as much as linting
// the edit; the worker keeps the text it was last sent per document and splices in the change.
//
// The server records, for every change to an open document, how many characters at its start
// and at its end stayed as they were. Those spans compose: from any version to a later one, the
// text kept at each end is the least kept by any change in between. The lane that sends a lint
// job knows which version its worker holds, and sends only what lies between the kept ends.
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextView } from './open-document.js';

/** The characters at the start and at the end of a text that a change left as they were. */
export interface KeptEnds {
  head: number;
  tail: number;
}

/** A text as a change to an earlier version of it that the worker holds. */
export interface TextSplice {
  /** The version the worker must hold, and its length. */
  base: number;
  baseLength: number;
  head: number;
  tail: number;
  /** What replaces the base's characters between `head` and its length minus `tail`. */
  middle: string;
  /** The length of the resulting text, as a check. */
  length: number;
}

/** The message a worker answers with when it does not hold the version a splice needs. */
export const STALE_BASE = 'followup-lint: the worker does not hold the base text of this splice';

interface Step extends KeptEnds {
  from: number;
  to: number;
}

/** Changes kept per document: enough to bridge the versions a queued job can be behind. */
const STEPS_KEPT = 64;

/** Every open document's recent changes, as kept ends from one version to the next. */
export class ChangeLog {
  private readonly steps = new Map<string, Step[]>();
  /** Each open document's session: versions restart at a reopen, so a version alone is ambiguous. */
  private readonly sessions = new Map<string, number>();
  private serial = 0;

  /** Create a document (as `TextDocument.create` does) and start its session. The create function for `TextDocuments`. */
  create<D extends TextDocument>(uri: string, languageId: string, version: number, text: string, create: (uri: string, languageId: string, version: number, text: string) => D): D {
    this.steps.delete(uri);
    this.sessions.set(uri, ++this.serial);
    return create(uri, languageId, version, text);
  }

  /** The session of an open document: a number no other opening of any document shares. */
  sessionOf(uri: string): number | undefined {
    return this.sessions.get(uri);
  }

  /**
   * Apply `changes` to `document` (as `TextDocument.update` does) and record what they kept.
   * The update function for `TextDocuments`.
   */
  update<D extends TextDocument>(document: D, changes: readonly TextDocumentContentChangeEvent[], version: number, apply: (document: D, changes: TextDocumentContentChangeEvent[], version: number) => D): D {
    const from = document.version;
    let head = Infinity;
    let tail = Infinity;
    let current = document;
    for (const change of changes) {
      const length = current.getText().length;
      if ('range' in change) {
        const a = current.offsetAt(change.range.start);
        const b = current.offsetAt(change.range.end);
        head = Math.min(head, a, b);
        tail = Math.min(tail, length - Math.max(a, b));
      } else {
        head = 0;
        tail = 0;
      }
      current = apply(current, [change], version);
    }
    if (changes.length === 0) current = apply(current, [], version);
    if (Number.isFinite(head)) this.record(document.uri, { from, to: version, head, tail });
    else this.record(document.uri, { from, to: version, head: current.getText().length, tail: 0 });
    return current;
  }

  private record(uri: string, step: Step): void {
    let steps = this.steps.get(uri);
    if (!steps) this.steps.set(uri, (steps = []));
    steps.push(step);
    if (steps.length > STEPS_KEPT) steps.splice(0, steps.length - STEPS_KEPT);
  }

  /** What stayed at each end from version `from` to version `to`, or undefined when unknown. */
  keptBetween(uri: string, from: number, to: number): KeptEnds | undefined {
    if (from === to) return { head: Infinity, tail: 0 };
    const steps = this.steps.get(uri);
    if (!steps) return undefined;
    let i = steps.findIndex((step) => step.from === from);
    if (i === -1) return undefined;
    let head = Infinity;
    let tail = Infinity;
    for (let version = from; version !== to; i++) {
      const step = steps[i];
      if (!step || step.from !== version) return undefined;
      head = Math.min(head, step.head);
      tail = Math.min(tail, step.tail);
      version = step.to;
    }
    return { head, tail };
  }

  forget(uri: string): void {
    this.steps.delete(uri);
    this.sessions.delete(uri);
  }
}

/** The splice that turns the base text (of `baseLength`) into `text`, given what stayed at its ends. */
export function spliceOf(text: TextView, base: number, baseLength: number, kept: KeptEnds): TextSplice {
  const head = Math.min(kept.head, baseLength, text.length);
  const tail = Math.min(kept.tail, baseLength - head, text.length - head);
  return { base, baseLength, head, tail, middle: text.slice(head, text.length - tail), length: text.length };
}

/** The text a splice stands for, from the base text it was made against. */
export function applySplice(baseText: string, splice: TextSplice): string {
  if (baseText.length !== splice.baseLength) throw new Error(STALE_BASE);
  const text = baseText.slice(0, splice.head) + splice.middle + baseText.slice(baseText.length - splice.tail);
  if (text.length !== splice.length) throw new Error(STALE_BASE);
  return text;
}
