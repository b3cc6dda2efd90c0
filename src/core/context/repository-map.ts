import type { IndexedFile } from './context-index.js';
import type { RankedFile } from './rank-files.js';

/** How much of the repository the map shows. */
export interface RepositoryMapSize {
  /** Directory lines at most. */
  directoryLines: number;
  /** Top-ranked files whose symbols are listed. */
  symbolFiles: number;
  /** Symbols listed per file at most (exported ones first). */
  symbolsPerFile: number;
}

/** Sizes tried from largest to smallest until the map fits its share of the budget. */
export const REPOSITORY_MAP_SIZES: readonly RepositoryMapSize[] = Object.freeze([
  { directoryLines: 60, symbolFiles: 15, symbolsPerFile: 10 },
  { directoryLines: 40, symbolFiles: 10, symbolsPerFile: 8 },
  { directoryLines: 25, symbolFiles: 8, symbolsPerFile: 6 },
  { directoryLines: 15, symbolFiles: 5, symbolsPerFile: 5 },
  { directoryLines: 8, symbolFiles: 3, symbolsPerFile: 4 },
  { directoryLines: 4, symbolFiles: 2, symbolsPerFile: 3 },
  { directoryLines: 0, symbolFiles: 1, symbolsPerFile: 3 },
]);

/** How many top-ranked files' directories the tree always tries to show. */
const RANKED_DIRECTORIES = 20;

function ancestorsOf(path: string): string[] {
  const segments = path.split('/');
  const ancestors: string[] = [];
  for (let length = 1; length < segments.length; length += 1) ancestors.push(segments.slice(0, length).join('/'));
  return ancestors;
}

/** Files below each directory, at any depth (directory path → count). */
export function directoryFileCounts(files: readonly IndexedFile[]): Map<string, number> {
  const direct = new Map<string, number>();
  for (const file of files) {
    const slash = file.path.lastIndexOf('/');
    if (slash > 0) {
      const directory = file.path.slice(0, slash);
      direct.set(directory, (direct.get(directory) ?? 0) + 1);
    }
  }
  const counts = new Map<string, number>();
  for (const [directory, count] of direct) {
    for (const ancestor of ancestorsOf(`${directory}/x`)) counts.set(ancestor, (counts.get(ancestor) ?? 0) + count);
  }
  return counts;
}

/**
 * A compact map of the repository as text: a directory tree with file counts, trimmed to the
 * directories that matter most (those of the top-ranked files, then the top levels, then the
 * largest), followed by the main symbols of the top-ranked files. Deterministic for the same index
 * and ranking.
 */
export function renderRepositoryMap(files: readonly IndexedFile[], ranked: readonly RankedFile[], size: RepositoryMapSize, counts: ReadonlyMap<string, number> = directoryFileCounts(files)): string {
  const chosen = new Set<string>();
  const choose = (directory: string): boolean => {
    const missing = [...ancestorsOf(`${directory}/x`)].filter((ancestor) => !chosen.has(ancestor));
    if (chosen.size + missing.length > size.directoryLines) return false;
    for (const ancestor of missing) chosen.add(ancestor);
    return true;
  };
  for (const entry of ranked.slice(0, RANKED_DIRECTORIES)) {
    const slash = entry.path.lastIndexOf('/');
    if (slash > 0) choose(entry.path.slice(0, slash));
  }
  const byDepthThenSize = [...counts.entries()].sort(
    (left, right) => left[0].split('/').length - right[0].split('/').length || right[1] - left[1] || (left[0] < right[0] ? -1 : 1),
  );
  for (const [directory] of byDepthThenSize) {
    if (chosen.size >= size.directoryLines) break;
    if (directory.split('/').length <= 2) choose(directory);
  }

  const lines: string[] = [];
  const rootFiles = files.filter((file) => !file.path.includes('/')).length;
  lines.push(`Repository map: ${files.length} files${rootFiles > 0 ? `, ${rootFiles} at the root` : ''}; directories with their file counts`);
  for (const directory of [...chosen].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0))) {
    const depth = directory.split('/').length - 1;
    lines.push(`${'  '.repeat(depth)}${directory.slice(directory.lastIndexOf('/') + 1)}/ (${counts.get(directory) ?? 0})`);
  }
  const hidden = counts.size - chosen.size;
  if (hidden > 0 && size.directoryLines > 0) lines.push(`(${hidden} more directories not shown)`);

  const symbolLines: string[] = [];
  for (const entry of ranked.slice(0, size.symbolFiles)) {
    const symbols = [...(files[entry.index]?.symbols ?? [])].sort((left, right) => Number(right.exported) - Number(left.exported)).slice(0, size.symbolsPerFile);
    if (symbols.length === 0) continue;
    symbolLines.push(`${entry.path}: ${symbols.map((symbol) => `${symbol.kind} ${symbol.name}`).join(', ')}`);
  }
  if (symbolLines.length > 0) lines.push('Main symbols of the top files:', ...symbolLines);
  return `${lines.join('\n')}\n`;
}
