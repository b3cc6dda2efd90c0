import type { SourceImport, SourceLanguage } from './source-outline.js';

/**
 * Resolves imports as written to files of the workspace, by each language's own rules, without
 * touching the file system: the set of indexed paths is the whole truth. An import that names a
 * package outside the workspace (`node:fs`, `react`, `os`, `fmt`) resolves to nothing.
 *
 * - TypeScript and JavaScript, relative specifiers only: the exact file, NodeNext's rewriting of
 *   an emitted extension to its source (`./a.js` → `a.ts`, `a.tsx`; `.mjs` → `.mts`; `.cjs` →
 *   `.cts`; `.jsx` → `.tsx`), then the specifier with each extension added, then `index.*` in it.
 *   Path aliases from a `tsconfig.json` are not followed.
 * - Python: relative imports (`from ..a import b`) from the importing package; absolute dotted
 *   names (`a.b`) as `a/b.py` or `a/b/__init__.py` at any depth, the shallowest match winning,
 *   so `src/` layouts resolve too.
 * - Go: import paths below a module declared by a `go.mod` of the workspace resolve to the
 *   package directory's non-test `.go` files.
 * - Java: `a.b.C` as `a/b/C.java` at any depth (then without its last part, for static imports of
 *   members); `a.b.*` as the `.java` files of the package directory.
 * - Rust: `mod x;` as the sibling `x.rs` or `x/mod.rs`; `crate::`, `self::` and `super::` paths
 *   as the longest module file that exists.
 * - Ruby: `require_relative` from the importing file; `require 'x'` as `x.rb` at any depth.
 */
export interface ImportResolver {
  /** The workspace files an import of `importer` refers to (none when it leaves the workspace). */
  resolve(importer: string, language: SourceLanguage, entry: SourceImport): string[];
}

/** Options of {@link createImportResolver}. */
export interface ImportResolverOptions {
  /** Go module path → directory of its `go.mod` (`''` for the root), from the workspace's `go.mod` files. */
  goModules?: ReadonlyMap<string, string>;
}

/** Files one import may pull in from a package directory (Go packages, Java wildcards). */
const MAXIMUM_PACKAGE_FILES = 20;

const SOURCE_EXTENSIONS_FOR_EMITTED: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx', '.js', '.jsx', '.d.ts'],
  '.jsx': ['.tsx', '.jsx'],
  '.mjs': ['.mts', '.mjs', '.d.mts'],
  '.cjs': ['.cts', '.cjs', '.d.cts'],
};
const ADDED_EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mts', '.cts', '.mjs', '.cjs'];

/** The directory part of a `/`-separated path (`''` at the root). */
export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Joins `relative` onto `directory`, folding `.` and `..`; undefined when it climbs above the root. */
export function joinRelative(directory: string, relative: string): string | undefined {
  const segments = directory === '' ? [] : directory.split('/');
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return segments.join('/');
}

/** Builds a resolver over the indexed paths. */
export function createImportResolver(paths: readonly string[], options: ImportResolverOptions = {}): ImportResolver {
  const known = new Set(paths);
  const byBaseName = new Map<string, string[]>();
  const byDirectory = new Map<string, string[]>();
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    const directory = slash < 0 ? '' : path.slice(0, slash);
    let sameBase = byBaseName.get(base);
    if (sameBase === undefined) byBaseName.set(base, (sameBase = []));
    sameBase.push(path);
    let sameDirectory = byDirectory.get(directory);
    if (sameDirectory === undefined) byDirectory.set(directory, (sameDirectory = []));
    sameDirectory.push(path);
  }

  const first = (candidates: readonly string[]): string[] => {
    for (const candidate of candidates) if (known.has(candidate)) return [candidate];
    return [];
  };

  /** The shallowest indexed path equal to `suffix` or ending in `/suffix` (then the first in path order). */
  const bySuffix = (suffix: string): string | undefined => {
    const base = suffix.slice(suffix.lastIndexOf('/') + 1);
    let best: string | undefined;
    for (const path of byBaseName.get(base) ?? []) {
      if (path !== suffix && !path.endsWith(`/${suffix}`)) continue;
      if (best === undefined || path.length < best.length || (path.length === best.length && path < best)) best = path;
    }
    return best;
  };

  const packageFiles = (directory: string, extension: string, excluded?: string): string[] =>
    (byDirectory.get(directory) ?? [])
      .filter((path) => path.endsWith(extension) && (excluded === undefined || !path.endsWith(excluded)))
      .slice(0, MAXIMUM_PACKAGE_FILES);

  const resolveScript = (importer: string, specifier: string): string[] => {
    if (!specifier.startsWith('./') && !specifier.startsWith('../') && specifier !== '.' && specifier !== '..') return [];
    const target = joinRelative(directoryOf(importer), specifier);
    if (target === undefined) return [];
    const dot = target.lastIndexOf('.');
    const extension = dot > target.lastIndexOf('/') ? target.slice(dot) : '';
    const rewritten = SOURCE_EXTENSIONS_FOR_EMITTED[extension];
    // Candidates in order, stopping at the first that exists: most imports resolve at the first try.
    if (rewritten !== undefined) {
      const stem = target.slice(0, -extension.length);
      for (const source of rewritten) if (known.has(stem + source)) return [stem + source];
    } else if (known.has(target)) {
      return [target];
    }
    for (const added of ADDED_EXTENSIONS) if (known.has(target + added)) return [target + added];
    const index = target === '' ? 'index' : `${target}/index`;
    for (const added of ADDED_EXTENSIONS) if (known.has(index + added)) return [index + added];
    return [];
  };

  const resolvePython = (importer: string, specifier: string): string[] => {
    const dots = /^\.*/.exec(specifier)?.[0].length ?? 0;
    const modulePath = specifier.slice(dots).split('.').filter((part) => part !== '').join('/');
    if (dots > 0) {
      let directory: string | undefined = directoryOf(importer);
      for (let level = 1; level < dots && directory !== undefined; level += 1) directory = joinRelative(directory, '..');
      if (directory === undefined) return [];
      const base = modulePath === '' ? directory : joinRelative(directory, modulePath);
      if (base === undefined) return [];
      return first([`${base}.py`, `${base}.pyi`, base === '' ? '__init__.py' : `${base}/__init__.py`]);
    }
    if (modulePath === '') return [];
    const found = bySuffix(`${modulePath}.py`) ?? bySuffix(`${modulePath}/__init__.py`);
    return found === undefined ? [] : [found];
  };

  const resolveGo = (specifier: string): string[] => {
    for (const [modulePath, directory] of options.goModules ?? []) {
      if (specifier !== modulePath && !specifier.startsWith(`${modulePath}/`)) continue;
      const rest = specifier.slice(modulePath.length + 1);
      const packageDirectory = [directory, rest].filter((part) => part !== '').join('/');
      return packageFiles(packageDirectory, '.go', '_test.go');
    }
    return [];
  };

  const resolveJava = (specifier: string): string[] => {
    const parts = specifier.split('.');
    if (parts.at(-1) === '*') {
      const directorySuffix = parts.slice(0, -1).join('/');
      const anyFile = [...byDirectory.keys()].filter((directory) => directory === directorySuffix || directory.endsWith(`/${directorySuffix}`)).sort()[0];
      return anyFile === undefined ? [] : packageFiles(anyFile, '.java');
    }
    for (let length = parts.length; length >= 2; length -= 1) {
      const found = bySuffix(`${parts.slice(0, length).join('/')}.java`);
      if (found !== undefined) return [found];
    }
    return [];
  };

  const resolveRust = (importer: string, entry: SourceImport): string[] => {
    const directory = directoryOf(importer);
    const base = importer.slice(importer.lastIndexOf('/') + 1);
    // A module file's children live in the directory named after it; mod.rs, lib.rs and main.rs own their directory.
    const moduleDirectory = ['mod.rs', 'lib.rs', 'main.rs'].includes(base) ? directory : joinRelative(directory, base.replace(/\.rs$/, ''));
    if (moduleDirectory === undefined) return [];
    if (entry.style === 'sibling-module') {
      const stem = joinRelative(moduleDirectory, entry.specifier);
      return stem === undefined ? [] : first([`${stem}.rs`, `${stem}/mod.rs`]);
    }
    const parts = entry.specifier.split('::');
    let root: string | undefined;
    if (parts[0] === 'crate') {
      const source = importer.lastIndexOf('src/');
      root = source < 0 ? '' : importer.slice(0, source + 3);
    } else if (parts[0] === 'self') {
      root = moduleDirectory;
    } else if (parts[0] === 'super') {
      root = joinRelative(moduleDirectory, '..');
    }
    if (root === undefined) return [];
    const modules = parts.slice(1);
    for (let length = modules.length; length >= 1; length -= 1) {
      const stem = joinRelative(root, modules.slice(0, length).join('/'));
      if (stem === undefined) return [];
      const found = first([`${stem}.rs`, `${stem}/mod.rs`]);
      if (found.length > 0) return found;
    }
    return [];
  };

  const resolveRuby = (importer: string, entry: SourceImport): string[] => {
    const name = entry.specifier.endsWith('.rb') ? entry.specifier : `${entry.specifier}.rb`;
    if (entry.style === 'relative') {
      const target = joinRelative(directoryOf(importer), name);
      return target === undefined ? [] : first([target]);
    }
    const found = bySuffix(name);
    return found === undefined ? [] : [found];
  };

  return {
    resolve(importer, language, entry) {
      let targets: string[];
      switch (language) {
        case 'typescript':
        case 'javascript':
          targets = resolveScript(importer, entry.specifier);
          break;
        case 'python':
          targets = resolvePython(importer, entry.specifier);
          break;
        case 'go':
          targets = resolveGo(entry.specifier);
          break;
        case 'java':
          targets = resolveJava(entry.specifier);
          break;
        case 'rust':
          targets = resolveRust(importer, entry);
          break;
        case 'ruby':
          targets = resolveRuby(importer, entry);
          break;
      }
      return targets.filter((target) => target !== importer);
    },
  };
}
