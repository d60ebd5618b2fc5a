// unfilled-placeholder: template slots ({{company}}, [Interviewer Name], <Name>) and draft markers
// (TODO, TBD, XX, ___) left in a note; silent in folders configured as templates.
import type { Fix, Rule } from './types.js';
import type { Note, Sentence } from './text/note.js';
import { visit } from 'unist-util-visit';
import type { Token } from './text/tokens.js';
import { sentenceFact } from './text/sentence-facts.js';
import { quote, removeSentenceFix } from './kit.js';
import { mayHoldDefinitions } from './text/sections.js';
import { DRAFT_MARKERS, MAY_HOLD_MARKER, type DraftMarker } from './data/unfilled-placeholder.js';

interface Options {
  /** Set by the engine from the configuration's `templates` switch. */
  templates?: boolean;
}

interface Slot {
  start: number;
  end: number;
  text: string;
  marker?: DraftMarker;
  sentence?: Sentence;
}

/** Whether the range falls inside a verbatim token (inline code, a URL, a placeholder). */
function inVerbatim(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.some((t) => t.kind === 'source' && t.start < end && start < t.end);
}

/** Labels of link reference definitions (`[portfolio link]: https://…`), lowercased. */
function definitionLabels(note: Note): Set<string> {
  const labels = new Set<string>();
  // Reading the whole tree costs a parse; skip it when nothing can be a definition.
  if (!mayHoldDefinitions(note.source)) return labels;
  visit(note.tree, 'definition', (node) => {
    labels.add((node.label ?? node.identifier).toLowerCase());
  });
  return labels;
}

/** A draft marker found in a sentence's text, with offsets relative to the sentence's first token. */
interface Found {
  from: number;
  to: number;
  text: string;
  marker: DraftMarker;
}

const NO_MARKERS: readonly Found[] = Object.freeze([]);

/** The draft markers of a sentence outside verbatim tokens, kept while its tokens live. */
const markersOf = sentenceFact((sentence: Sentence): readonly Found[] => {
  const { tokens, text } = sentence;
  if (!MAY_HOLD_MARKER.test(text)) return NO_MARKERS;
  const base = tokens[0]!.start;
  let out: Found[] | undefined;
  for (const marker of DRAFT_MARKERS) {
    marker.regex.lastIndex = 0;
    for (let m = marker.regex.exec(text); m; m = marker.regex.exec(text)) {
      const start = base + m.index;
      if (inVerbatim(tokens, start, start + m[0].length)) continue;
      (out ??= []).push({ from: m.index, to: m.index + m[0].length, text: m[0], marker });
    }
  }
  return out ?? NO_MARKERS;
}, NO_MARKERS);

/** Draft markers in the prose, outside code spans, URLs and reference links. */
function draftMarkers(note: Note, found: ReadonlyArray<{ sentence: Sentence; markers: readonly Found[] }>): Slot[] {
  const out: Slot[] = [];
  let definitions: Set<string> | undefined;
  for (const { sentence, markers } of found) {
    const base = sentence.tokens[0]!.start;
    for (const { from, to, text, marker } of markers) {
      if (marker.bracketed && (definitions ??= definitionLabels(note)).has(text.slice(1, -1).toLowerCase())) continue;
      out.push({ start: base + from, end: base + to, text, marker, sentence });
    }
  }
  return out;
}

/** A sentence that is only a note to self (“TODO: add the portfolio link.”) may be removed whole. */
function removalFor(note: Note, slot: Slot): Fix[] {
  const { marker, sentence } = slot;
  if (!marker?.noteToSelf || !sentence || sentence.block.inList) return [];
  if (slot.start !== sentence.start) return [];
  return [removeSentenceFix(note, sentence, `Remove this ${marker.name} line`)];
}

export const unfilledPlaceholder: Rule<Options> = {
  meta: {
    id: 'unfilled-placeholder',
    description: 'A template placeholder or draft marker (TODO, XX, ___) is still in the note.',
    category: 'draft',
    defaultSeverity: 'error',
    why: 'A note sent with “[Interviewer Name]” or “TODO” in it tells the reader it was a form letter or unfinished, undoing the care the note is meant to show.',
    fixable: 'suggestion',
    defaults: {},
    options: {},
  },
  create(context) {
    if (context.options.templates === true) return {};
    const found: Array<{ sentence: Sentence; markers: readonly Found[] }> = [];
    return {
      sentence(sentence) {
        const markers = markersOf(sentence);
        if (markers.length === 0) return true;
        found.push({ sentence, markers });
      },
      end(note) {
        if (found.length === 0 && note.placeholders.length === 0) return;
        const slots: Slot[] = note.placeholders.map((p) => ({ start: p.start, end: p.end, text: p.text }));
        for (const d of draftMarkers(note, found)) if (!slots.some((s) => s.start < d.end && d.start < s.end)) slots.push(d);
        slots.sort((a, b) => a.start - b.start);
        for (const slot of slots) {
          const what = slot.marker ? `Draft marker ${quote(slot.text)} is still in the note` : `Placeholder ${quote(slot.text)} is not filled in`;
          context.report({
            start: slot.start,
            end: slot.end,
            found: what,
            instead: slot.marker?.noteToSelf ? 'finish this part or remove it before sending' : 'replace it with the real detail before sending',
            fixes: removalFor(note, slot),
          });
        }
      },
    };
  },
};
