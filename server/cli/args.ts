// Command-line options: parsing, checking, and the --help text.
import { parseArgs } from 'node:util';
import { FORMATTERS, isFormatName, type FormatName } from './format/index.js';
import type { Concurrency } from './pool.js';

/** Exit codes, as documented in docs/cli.md. */
export const EXIT = {
  /** No errors (warnings, infos and hints allowed, within --max-warnings). */
  ok: 0,
  /** Errors found, or more warnings than --max-warnings allows. */
  problems: 1,
  /** A usage error, a broken configuration, or a file that could not be read or written. */
  failure: 2,
} as const;

/** A mistake in the command line: shown as one line with a pointer to --help, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The parsed command line. */
export interface CliOptions {
  operands: string[];
  config?: string;
  format: FormatName;
  outputFile?: string;
  fix: boolean;
  fixDryRun: boolean;
  stdinFilename?: string;
  /** -1 when not set. */
  maxWarnings: number;
  quiet: boolean;
  listRules: boolean;
  printConfig?: string;
  rules: string[];
  ignore: boolean;
  /** Worker threads for many notes. */
  concurrency: Concurrency;
  /** Reuse results of unchanged notes from the cache file. */
  cache: boolean;
  /** `--cache-location`: a file, or a folder for the default file name. */
  cacheLocation?: string;
  /** undefined: decide from the terminal and environment. */
  color?: boolean;
  version: boolean;
  help: boolean;
}

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'list-rules': { type: 'boolean' },
  'print-config': { type: 'string' },
  rule: { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  concurrency: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Node's parseArgs messages are long; say the same in a few words. */
function usageMessage(error: Error & { code?: string }): string {
  // Node names an option as '-f, --format <value>' or '--frmat'; show the long form.
  const option = /--[\w-]+/.exec(error.message)?.[0] ?? /'(-[^' ,]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message) ? `option ${option} needs a value` : `option ${option} takes no value`;
    default:
      return error.message;
  }
}

/** Most worker threads `--concurrency` takes: more would only cost memory. */
const MAX_CONCURRENCY = 256;

function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off') return 'off';
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_CONCURRENCY)) throw new UsageError(`--concurrency needs off, auto or a number of worker threads from 1 to ${MAX_CONCURRENCY}, not "${value}"`);
  return n;
}

/**
 * Parse argv (without the node and script paths).
 * @throws UsageError for unknown options, missing values and conflicting options.
 */
export function parseCommandLine(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error as Error & { code?: string }));
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (!isFormatName(format)) throw new UsageError(`unknown format "${format}"; use one of ${Object.keys(FORMATTERS).join(', ')}`);
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings needs a whole number of 0 or more, not "${v['max-warnings']}"`);
    maxWarnings = Number(v['max-warnings']);
  }
  if (v.color && v['no-color']) throw new UsageError('--color and --no-color cannot be used together');
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  const operands = parsed.positionals;
  const stdin = operands.includes('-');
  if (stdin && operands.length > 1) throw new UsageError('"-" (standard input) cannot be combined with other files');
  if (v['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename only applies when reading standard input ("-")');
  if (stdin && v.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see the changes');
  const concurrency = parseConcurrency(v.concurrency);
  return {
    operands,
    config: v.config,
    format,
    outputFile: v['output-file'],
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    stdinFilename: v['stdin-filename'],
    maxWarnings,
    quiet: v.quiet ?? false,
    listRules: v['list-rules'] ?? false,
    printConfig: v['print-config'],
    rules: v.rule ?? [],
    ignore: !v['no-ignore'],
    concurrency,
    cache: v.cache ?? false,
    cacheLocation: v['cache-location'],
    color: v.color ? true : v['no-color'] ? false : undefined,
    version: v.version ?? false,
    help: v.help ?? false,
  };
}

/** The --help text. */
export const HELP = `Usage: followup-lint [options] [files, folders, globs | -]

Checks interview follow-up notes written in Markdown. With no operands, every
*.md and *.markdown file under the current folder is checked, skipping
node_modules and whatever .gitignore and .followuplintignore files exclude.

Input:
  -                          Read one note from standard input
  --stdin-filename <path>    Name for the note read from standard input (used
                             to find its configuration and in the report)
  --no-ignore                Do not read .gitignore, .followuplintignore or the
                             config's "ignores"

Configuration:
  -c, --config <file>        Use this config file for every note instead of
                             searching for .followuplintrc.json / package.json
  --rule <id:severity>       Set a rule for this run, over any config file;
                             repeatable. Severity is off, hint, info, warn or
                             error, or JSON: 'too-long:["warn",{"maxWords":150}]'
  --print-config <file>      Print the configuration that applies to a file

Fixing:
  --fix                      Apply safe fixes to the files (atomically)
  --fix-dry-run              Show the safe fixes as a diff; write nothing

Speed:
  --concurrency <n|auto|off>
                             Lint on n worker threads; auto (default) uses up
                             to one per core when there are enough notes to
                             pay for starting them; off (or 1) uses none
  --cache                    Only lint notes that changed since the last run
                             with --cache; reuse the other results
  --cache-location <path>    The cache file, or a folder to keep it in
                             (default: .followuplintcache in the current folder)

Output:
  -f, --format <name>        stylish (default), json, sarif or github
  -o, --output-file <file>   Write the report to a file instead of stdout
  -q, --quiet                Report errors only
  --max-warnings <n>         Fail (exit 1) when there are more than n warnings
  --color, --no-color        Force colours on or off (NO_COLOR and
                             FORCE_COLOR are honoured otherwise)

Information:
  --list-rules               List every rule: id, category, default severity,
                             whether --fix can fix it, what it finds
  -v, --version              Print the version
  -h, --help                 Print this help

Exit codes:
  0  no errors (warnings, infos and hints do not fail a run)
  1  errors found, or more warnings than --max-warnings
  2  usage error, broken configuration, or a file that could not be read or written

Inline comments in a note:
  <!-- followup-lint disable whining -->   off from here (all rules if none named)
  <!-- followup-lint enable whining -->    on again from here
  <!-- followup-lint ignore whining -->    off for the next block only

Docs: docs/cli.md and docs/configuration.md
`;
