// Shared inputs and expectations for the protocol tests, computed from the library itself
// so the tests follow the rules' wording as it changes.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, SnippetTextEdit, TextEdit } from 'vscode-languageserver-protocol';
import { lintSync, resolveConfig, type FollowupLintConfig, type LintMessage } from '../../rules/index.js';

/** A note of about 120 body words in three paragraphs; over budget when maxWords is small. */
export const LONG_NOTE = [
  'Hi Marcus,',
  '',
  "Thanks again for the conversation yesterday about the platform team. It was great to hear how you're moving the billing service off the monolith, and how the on-call rotation works today.",
  '',
  "I left thinking about your point on idempotent retries. At my current job I designed the retry and deduplication layer for our payments queue, which now handles about two million events a day without double charges, so this is work I'd genuinely enjoy doing with your team. It also taught me a lot about careful rollouts.",
  '',
  "I'm excited about the role and happy to share more detail whenever it's useful.",
  '',
  'Best,',
  'Priya',
  '',
].join('\n');

const SEVERITY = { error: 1, warn: 2, info: 3, hint: 4 } as const;

/** The diagnostic the server must publish for a library message. */
export function expectedDiagnostic(text: string, message: LintMessage): Diagnostic {
  const doc = TextDocument.create('file:///x.md', 'markdown', 1, text);
  return {
    range: { start: doc.positionAt(message.startOffset), end: doc.positionAt(message.endOffset) },
    severity: SEVERITY[message.severity],
    code: message.ruleId,
    codeDescription: { href: message.url },
    source: 'followup-lint',
    message: message.reason,
  };
}

/** Lint as the server would with these rule settings. */
export function libraryMessages(text: string, config: FollowupLintConfig = {}): LintMessage[] {
  return lintSync(text, { resolved: resolveConfig(config) }).messages;
}

/** Apply LSP text edits to a text (edits do not overlap; snippet edits are not expected). */
export function applyTextEdits(text: string, edits: ReadonlyArray<TextEdit | SnippetTextEdit>): string {
  const doc = TextDocument.create('file:///x.md', 'markdown', 1, text);
  const plain = edits.map((e) => {
    if (!('newText' in e)) throw new Error('the server sent a snippet edit');
    return e;
  });
  return TextDocument.applyEdits(doc, plain);
}

/** A short note with a missing thank-you (a safe fix) and a desperate sentence (two rewrites). */
export const BAD_NOTE = [
  'Hi Marcus,',
  '',
  "It was great to hear how you're moving the billing service off the monolith. I really need this job and I'm begging you to give me a chance.",
  '',
  'I designed the retry layer for our payments queue.',
  '',
  'Best,',
  'Priya',
  '',
].join('\n');
