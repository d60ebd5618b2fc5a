// The public library API: `import { lint } from 'followup-lint'`.
export { lint, lintSync, fixSync, noteStats, fatalOf, type LintOptions, type FixResult } from './engine.js';
export { applyFixes, applyEdits, firstSafeFix, type FixOutcome, type FixChoice } from './fix.js';
export {
  validateConfig,
  resolveConfig,
  applyRules,
  configSchema,
  ConfigError,
  SEVERITIES,
  type FollowupLintConfig,
  type ResolvedConfig,
  type ResolvedRule,
  type RuleSetting,
} from './config.js';
export { RULES, RULE_IDS, ruleById } from './registry.js';
export { docsUrl, SOURCE } from './meta.js';
export { readNote, NoteCache, type Note, type Sentence, type Block, type UnreadPart, type KnownEdit } from './text/note.js';
export { pointAt } from './text/lines.js';
export type * from './types.js';
