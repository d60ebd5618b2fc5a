// A lint message as the cache file keeps it: its plain fields less those that follow from the
// others and from the note's path and text (the message's text is its reason, the place is its
// line, column and offsets, the flagged text is a slice of the note…). Those fields made up
// more than a third of a cache file, and parsing it was most of a run whose notes all hit.
import { docsUrl, fatalOf, SOURCE, type LintMessage, type ReportSeverity } from '../../rules/index.js';
import { fromPlain, toPlain, type PlainMessage } from './wire.js';

/** A stored message: which derivable fields were left out (a bit per `DERIVED` entry), and the rest. */
export type StoredMessage = [derived: number, fields: PlainMessage];

/** The note a message belongs to, which some fields repeat. */
export interface NoteContext {
  filePath: string;
  text: string;
}

/** A field's value as the message's other fields and its note give it. */
type Derivation = (fields: PlainMessage, note: NoteContext) => unknown;

const num = (value: unknown): number => value as number;

/**
 * The fields the engine sets from others, each with how to make it again. A field is left out
 * only when its value is exactly what this gives (compared as the JSON the file would hold),
 * so a message the engine made otherwise is stored whole.
 */
const DERIVED: ReadonlyArray<[field: string, derive: Derivation]> = [
  ['message', (f) => f['reason']],
  ['file', (_, note) => note.filePath],
  ['name', (f) => `${num(f['line'])}:${num(f['column'])}-${num(f['endLine'])}:${num(f['endColumn'])}`],
  [
    'place',
    (f) => ({
      start: { line: f['line'], column: f['column'], offset: f['startOffset'] },
      end: { line: f['endLine'], column: f['endColumn'], offset: f['endOffset'] },
    }),
  ],
  ['source', () => SOURCE],
  ['actual', (f, note) => note.text.slice(num(f['startOffset']), num(f['endOffset']))],
  ['expected', () => []],
  ['url', (f) => docsUrl(String(f['ruleId']))],
  ['fatal', (f) => fatalOf(f['severity'] as ReportSeverity)],
];

/** A message as the cache keeps it. */
export function toStored(message: LintMessage, note: NoteContext): StoredMessage {
  const fields = toPlain(message);
  let derived = 0;
  // Derivations read only fields that are never left out, so the order of removal is free.
  DERIVED.forEach(([field, derive], bit) => {
    if (!Object.hasOwn(fields, field)) return;
    if (JSON.stringify(fields[field]) !== JSON.stringify(derive(fields, note))) return;
    delete fields[field];
    derived |= 1 << bit;
  });
  return [derived, fields];
}

/**
 * The message again, as the cache's JSON of its whole plain fields would have given it.
 * @param note its note; without the note's text, a message whose `actual` was left out has none
 * (for reports whose format does not read the text, which is then not read).
 */
export function fromStored([derived, fields]: StoredMessage, note: NoteContext | { filePath: string; text?: undefined }): LintMessage {
  // The message is made from the fields as read, and the derived ones added to it: copying the
  // fields to a new object and adding those there first made V8 turn each copy into a slow
  // dictionary, and reading the cache back some ten times slower.
  const message = fromPlain(fields) as unknown as PlainMessage;
  const textless = note.text === undefined;
  const context: NoteContext = textless ? { filePath: note.filePath, text: '' } : note;
  for (let bit = 0; bit < DERIVED.length; bit++) {
    if (derived & (1 << bit)) {
      const [field, derive] = DERIVED[bit]!;
      if (textless && field === 'actual') continue;
      message[field] = derive(fields, context);
    }
  }
  return message as unknown as LintMessage;
}

/** Whether a value read from a cache file has a stored message's shape. */
export function isStoredMessage(value: unknown): value is StoredMessage {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isInteger(value[0]) &&
    value[1] !== null &&
    typeof value[1] === 'object' &&
    !Array.isArray(value[1])
  );
}
