// SARIF 2.1.0 for code-scanning dashboards: the rules as the tool's driver, one result per finding.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, docsUrl, type LintMessage, type Severity } from '../../../rules/index.js';
import { formatterOf, indentedJsonElements, type Formatter, type NoteFormat } from './shared.js';

type Level = 'none' | 'note' | 'warning' | 'error';

/** SARIF's level for one of our severities. */
export function sarifLevel(severity: Severity): Level {
  return severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : severity === 'off' ? 'none' : 'note';
}

function artifactLocation(filePath: string, cwd: string): Record<string, string> {
  const rel = path.relative(cwd, filePath);
  if (filePath === '<stdin>') return { uri: 'stdin' };
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function fixesOf(m: LintMessage, location: Record<string, string>): object[] {
  return m.fixes
    .filter((f) => f.safe)
    .map((f) => ({
      description: { text: f.label },
      artifactChanges: [
        {
          artifactLocation: location,
          replacements: f.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } })),
        },
      ],
    }));
}

/** One finding as a SARIF result. */
function resultOf(m: LintMessage, location: Record<string, string>): object {
  const index = RULE_INDEX.get(m.ruleId);
  const fixes = fixesOf(m, location);
  return {
    ruleId: m.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: sarifLevel(m.severity),
    message: { text: m.reason },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
        },
      },
    ],
    ...(fixes.length ? { fixes } : {}),
  };
}

const RULE_INDEX = new Map(RULES.map((r, i) => [r.meta.id, i]));

/** Where the results go in the log as first written, where the notes' parts go (a string JSON never writes unescaped). */
const RESULTS = '\u0000results';

/** How deep the log's results sit: the log, its runs, the run, the results array. */
const RESULT_DEPTH = 4;

/** One SARIF log with a single run; a note's part is its results, indented as in the log. */
export const sarifFormat: NoteFormat = {
  readsText: false,
  note(report, context) {
    const location = artifactLocation(report.filePath, context.cwd);
    return indentedJsonElements(
      report.messages.map((m) => resultOf(m, location)),
      RESULT_DEPTH,
    );
  },
  layout(_totals, context) {
    const rules = RULES.map((r) => ({
      id: r.meta.id,
      name: r.meta.id,
      shortDescription: { text: r.meta.description },
      fullDescription: { text: r.meta.why },
      helpUri: docsUrl(r.meta.id),
      defaultConfiguration: { level: sarifLevel(r.meta.defaultSeverity), enabled: r.meta.defaultSeverity !== 'off' },
      properties: { category: r.meta.category, fixable: r.meta.fixable },
    }));
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'followup-lint',
              version: context.version,
              informationUri: 'https://github.com/followup-lint/followup-lint',
              rules,
            },
          },
          originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd + path.sep).href } },
          columnKind: 'utf16CodeUnits',
          results: RESULTS,
        },
      ],
    };
    const text = JSON.stringify(log, null, 2);
    const at = text.indexOf(JSON.stringify(RESULTS));
    const before = text.slice(0, at);
    const after = `${text.slice(at + JSON.stringify(RESULTS).length)}\n`;
    return { head: `${before}[\n`, separator: ',\n', tail: `\n${'  '.repeat(RESULT_DEPTH - 1)}]${after}`, empty: `${before}[]${after}` };
  },
};

/** Format reports as one SARIF log with a single run. */
export const sarif: Formatter = formatterOf(sarifFormat);
