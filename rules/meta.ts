// Identity of the linter that every finding carries: its source name and docs location.

/** The `source` of every message, and the name of inline comment markers. */
export const SOURCE = 'followup-lint' as const;

/** Where the rule documentation is published; each rule has `docs/rules/<id>.md`. */
export const DOCS_BASE_URL = 'https://github.com/followup-lint/followup-lint/blob/main/docs/rules/';

/** The documentation URL of a rule; stamped on messages by the engine, never by a rule. */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
