// Identity of the linter that every finding carries: its source name and docs location.

/** The `source` of every message, and the name of inline comment markers. */
export const SOURCE = 'followup-lint' as const;

/** Where the documentation is published. */
const DOCS_ROOT = 'https://github.com/followup-lint/followup-lint/blob/main/docs/';

/** Where the rule documentation is published; each rule has `docs/rules/<id>.md`. */
export const DOCS_BASE_URL = `${DOCS_ROOT}rules/`;

/**
 * The pages (under docs/, with the section) that explain the engine's own notices, which are
 * not rules and have no page of their own. A rule that fails is reported under its own id.
 */
export const NOTICE_DOCS: Readonly<Record<string, string>> = {
  'comment-marker': 'configuration.md#inline-comments',
  'nesting-limit': 'cli.md#what-gets-linted',
};

/** The documentation URL of a rule or notice; stamped on messages by the engine, never by a rule. */
export function docsUrl(ruleId: string): string {
  const notice = NOTICE_DOCS[ruleId];
  return notice === undefined ? `${DOCS_BASE_URL}${ruleId}.md` : `${DOCS_ROOT}${notice}`;
}
