// The unified diff --fix-dry-run prints for each note a fix would change.
import { createTwoFilesPatch } from 'diff';
import type { Colors } from 'picocolors/types.js';

/** A unified diff of one note, coloured when `colors` is enabled. */
export function renderDiff(name: string, before: string, after: string, colors: Colors): string {
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
  // The first line is the "Index:"-style separator; drop it to look like `git diff`.
  const lines = patch.split('\n').filter((line, i) => !(i === 0 && line.startsWith('====')));
  return `${lines
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return colors.bold(line);
      if (line.startsWith('+')) return colors.green(line);
      if (line.startsWith('-')) return colors.red(line);
      if (line.startsWith('@@')) return colors.cyan(line);
      return line;
    })
    .join('\n')
    .replace(/\n*$/, '')}\n`;
}
