import { opendir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { InputError, errorMessage } from '../../core/errors.js';
import { compilePathGlob, type PathGlob } from '../../core/policy/path-glob.js';
import { confinePath } from '../workspace-path.js';

/** Options for `findReportFiles`. */
export interface FindReportFilesOptions {
  /** Directory the patterns are relative to; nothing outside it is read. */
  root: string;
  /** Path globs (see `compilePathGlob`): `**` any depth, `*` within a segment, `{a,b}`. */
  patterns: readonly string[];
  /** Most files returned (default 10,000); more is an error naming the limit. */
  maxFiles?: number;
  /** Most directories visited (default 100,000). */
  maxDirectories?: number;
}

/** One matched file: where to read it, or why it is refused. */
export interface FoundReportFile {
  /** Relative to the root, `/`-separated. */
  path: string;
  /** Real absolute path to open; absent when `refused` is set. */
  absolute?: string;
  /** Why the file is not read (a symlink leading outside the root). */
  refused?: string;
}

/** Matched files, sorted by path, and patterns that matched nothing. */
export interface FoundReportFiles {
  files: FoundReportFile[];
  unmatchedPatterns: string[];
}

// Never searched unless a pattern starts inside them: version-control internals and installed packages.
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

/** The segments of a pattern before its first glob character: where the search can start. */
function literalPrefix(pattern: string): string {
  const segments = pattern.replace(/^\.\//, '').split('/');
  const literal: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[{]/.test(segment) || segment === '' || segment === '.') break;
    literal.push(segment);
  }
  return literal.join('/');
}

/**
 * Finds report files matching globs under a root. Symlinked directories are not entered; a
 * symlinked file is followed only when its target is inside the root (else it is listed as
 * refused). `.git` and `node_modules` are skipped unless a pattern starts inside them.
 */
export async function findReportFiles(options: FindReportFilesOptions): Promise<FoundReportFiles> {
  let root: string;
  try {
    root = await realpath(path.resolve(options.root));
  } catch (error) {
    throw new InputError(`The report root '${options.root}' cannot be read: ${errorMessage(error)}`, { where: options.root, cause: error });
  }
  const globs: PathGlob[] = options.patterns.map((pattern) => {
    try {
      return compilePathGlob(pattern);
    } catch (error) {
      throw new InputError(errorMessage(error), { where: pattern });
    }
  });
  const maxFiles = options.maxFiles ?? 10_000;
  const maxDirectories = options.maxDirectories ?? 100_000;
  const found = new Map<string, FoundReportFile>();
  const matchedPatterns = new Set<number>();
  const starts = [...new Set(options.patterns.map(literalPrefix))].sort();
  const visited = new Set<string>();
  let directories = 0;

  const visit = async (relativeDirectory: string): Promise<void> => {
    if (visited.has(relativeDirectory)) return;
    visited.add(relativeDirectory);
    directories += 1;
    if (directories > maxDirectories) throw new InputError(`The report search visited more than ${maxDirectories} directories; use narrower patterns`);
    let directory;
    try {
      directory = await opendir(path.join(root, relativeDirectory));
    } catch {
      return; // a start directory that does not exist, or one we may not read: nothing matches there
    }
    const subdirectories: string[] = [];
    for await (const entry of directory) {
      const relative = relativeDirectory === '' ? entry.name : `${relativeDirectory}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) subdirectories.push(relative);
        continue;
      }
      if (!entry.isFile() && !entry.isSymbolicLink()) continue;
      const matching = globs.flatMap((glob, index) => (glob.matches(relative) ? [index] : []));
      if (matching.length === 0) continue;
      for (const index of matching) matchedPatterns.add(index);
      found.set(relative, entry.isFile() ? { path: relative, absolute: path.join(root, relative) } : await followLink(root, relative));
      if (found.size > maxFiles) throw new InputError(`The report patterns match more than ${maxFiles} files; use narrower patterns`);
    }
    for (const subdirectory of subdirectories.sort()) await visit(subdirectory);
  };

  for (const start of starts) {
    const confined = start === '' ? undefined : await confinePath(root, start).catch(() => undefined);
    if (start !== '' && (confined === undefined || !confined.exists)) continue;
    await visit(start);
  }
  return {
    files: [...found.values()].sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0)),
    unmatchedPatterns: options.patterns.filter((_, index) => !matchedPatterns.has(index)),
  };
}

async function followLink(root: string, relative: string): Promise<FoundReportFile> {
  try {
    const confined = await confinePath(root, relative);
    return { path: relative, absolute: confined.real };
  } catch (error) {
    return { path: relative, refused: `refused: ${errorMessage(error)}` };
  }
}
