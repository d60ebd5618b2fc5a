// Builds the code actions for the findings under the cursor: each rewrite as a quick fix
// (the first, best one preferred), disable comments for the block or the file, the rule's
// documentation; and the fix-all source action. Pure: everything it needs is passed in.
import { CodeActionKind, type CodeAction, type Command, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FixEdit } from '../../rules/index.js';
import { isValidFix } from '../../rules/fix.js';
import type { Finding } from './findings.js';
import type { Anchor } from './anchors.js';
import { toTextEdits, toWorkspaceEdit } from './convert.js';
import { COMMANDS } from './protocol.js';

/** The kind of the fix-all source action (run by `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.followupLint`;

/** The comment marker name the engine listens to. */
const MARKER = 'followup-lint';

/** One finding under the cursor, with its diagnostic and where its ignore comment would go. */
export interface ActionTarget {
  finding: Finding;
  diagnostic: Diagnostic;
  /** Where an `ignore` comment for this finding goes; undefined when there is no block. */
  anchor: Anchor | undefined;
}

/** What the code actions for one request are built from. */
export interface ActionInput {
  document: TextDocument;
  targets: ActionTarget[];
  /** Where a file-wide `disable` comment goes. */
  fileAnchor: Anchor;
  /** Whether the client takes versioned edits (`documentChanges`). */
  versioned: boolean;
  /** Rule ids that may appear in a disable comment (internal findings may not). */
  knownRules: ReadonlySet<string>;
}

function insertion(anchor: Anchor, comment: string): FixEdit {
  return { start: anchor.at, end: anchor.at, text: `${anchor.lead}${comment}${anchor.trail}` };
}

/** The quick fixes, disable actions and documentation actions for the findings in a range. */
export function buildCodeActions(input: ActionInput): CodeAction[] {
  const { document, versioned } = input;
  const edit = (edits: FixEdit[]): CodeAction['edit'] => toWorkspaceEdit(document, toTextEdits(document, edits), versioned);
  const fixes: CodeAction[] = [];
  const rest: CodeAction[] = [];
  const seenRules = new Set<string>();

  for (const { finding, diagnostic, anchor } of input.targets) {
    finding.fixes
      .filter((fix) => isValidFix(fix, document.getText().length))
      .forEach((fix, index) => {
        fixes.push({
          title: fix.label,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          // Fixes come best first; the first is what a one-key "fix this" applies.
          isPreferred: index === 0,
          edit: edit(fix.edits),
        });
      });

    const ruleId = finding.ruleId;
    if (seenRules.has(ruleId) || !input.knownRules.has(ruleId)) continue;
    seenRules.add(ruleId);
    if (anchor) {
      rest.push({
        title: `Disable ${ruleId} for this ${anchor.multiline ? 'paragraph' : 'line'}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: edit([insertion(anchor, `<!-- ${MARKER} ignore ${ruleId} -->`)]),
      });
    }
    rest.push({
      title: `Disable ${ruleId} for this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: edit([insertion(input.fileAnchor, `<!-- ${MARKER} disable ${ruleId} -->`)]),
    });
    const command: Command = { title: `Show documentation for ${ruleId}`, command: COMMANDS.openRuleDocs, arguments: [ruleId] };
    rest.push({ title: command.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command });
  }
  return [...fixes, ...rest];
}

/** The fix-all source action, or undefined when no safe fix applies. */
export function buildFixAllAction(document: TextDocument, edits: FixEdit[], versioned: boolean): CodeAction | undefined {
  if (edits.length === 0) return undefined;
  return {
    title: 'Fix all safe followup-lint problems',
    kind: FIX_ALL_KIND,
    edit: toWorkspaceEdit(document, toTextEdits(document, edits), versioned),
  };
}
