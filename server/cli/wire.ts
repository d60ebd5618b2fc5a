// Lint messages as plain data, for what leaves the thread or the process that linted: a worker's
// reply and the on-disk cache. A message is a VFileMessage (an Error), which structured clone
// and JSON would reduce to its text; its own fields are what the formatters read.
import { VFileMessage } from 'vfile-message';
import type { LintMessage } from '../../rules/index.js';

/** A message's own enumerable fields (everything but the empty stack). */
export type PlainMessage = Record<string, unknown>;

/** A message as plain data: a copy of its own enumerable fields. */
export function toPlain(message: LintMessage): PlainMessage {
  return { ...message };
}

/** A message again, with the prototype and fields it was linted with. */
export function fromPlain(plain: PlainMessage): LintMessage {
  const message = Object.create(VFileMessage.prototype) as LintMessage;
  // As the engine's messages have it: present, empty, not enumerable.
  Object.defineProperty(message, 'stack', { value: '', writable: true, configurable: true, enumerable: false });
  return Object.assign(message, plain);
}
