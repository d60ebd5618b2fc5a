// --list-rules: every rule from the registry's metadata, as a table or JSON.
import type { Colors } from 'picocolors/types.js';
import { RULES, docsUrl } from '../../rules/index.js';
import type { FormatName } from './format/index.js';

/** The rule list in the requested format (JSON for json and sarif, a table otherwise). */
export function formatRuleList(format: FormatName, colors: Colors): string {
  if (format === 'json' || format === 'sarif') {
    const rules = RULES.map(({ meta }) => ({
      id: meta.id,
      category: meta.category,
      defaultSeverity: meta.defaultSeverity,
      fixable: meta.fixable,
      description: meta.description,
      why: meta.why,
      options: meta.defaults,
      url: docsUrl(meta.id),
    }));
    return `${JSON.stringify(rules, null, 2)}\n`;
  }
  const header = ['rule', 'category', 'default', 'fix', 'description'];
  const rows = RULES.map(({ meta }) => [meta.id, meta.category, meta.defaultSeverity, meta.fixable, meta.description]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const legend = 'fix: safe = applied by --fix; suggestion = offered in the editor only; none = no fix';
  return `${colors.bold(line(header))}\n${rows.map(line).join('\n')}\n\n${colors.dim(legend)}\n`;
}
