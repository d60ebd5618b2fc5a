// unfilled-placeholder: template slots ({{company}}, [Interviewer Name], <Name>) and draft markers
// (TODO, TBD, XX, ___) left in a note; silent in folders configured as templates.
import type { Fix, Rule } from './types.js';
import type { Note, Sentence } from './text/note.js';
import { visit } from 'unist-util-visit';
import { quote, removeSentenceFix } from './kit.js';
import { mayHoldDefinitions } from './text/sections.js';
import { DRAFT_MARKERS, type DraftMarker } from './data/unfilled-placeholder.js';

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

/** Whether an offset falls inside a verbatim token (inline code, a URL, a placeholder). */
function inVerbatim(sentence: Sentence, start: number, end: number): boolean {
  return sentence.tokens.some((t) => t.kind === 'source' && t.start < end && start < t.end);
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

/** Draft markers in the prose, outside code spans, URLs and reference links. */
function draftMarkers(note: Note): Slot[] {
  const out: Slot[] = [];
  const definitions = definitionLabels(note);
  for (const sentence of note.sentences) {
    for (const marker of DRAFT_MARKERS) {
      marker.regex.lastIndex = 0;
      for (let m = marker.regex.exec(sentence.text); m; m = marker.regex.exec(sentence.text)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (inVerbatim(sentence, start, end)) continue;
        if (marker.bracketed && definitions.has(m[0].slice(1, -1).toLowerCase())) continue;
        out.push({ start, end, text: m[0], marker, sentence });
      }
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
    return {
      end(note) {
        if (context.options.templates === true) return;
        const slots: Slot[] = note.placeholders.map((p) => ({ start: p.start, end: p.end, text: p.text }));
        for (const d of draftMarkers(note)) if (!slots.some((s) => s.start < d.end && d.start < s.end)) slots.push(d);
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
