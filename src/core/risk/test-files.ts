/** Extensions of files that hold code a test could cover. */
const SOURCE_EXTENSIONS = new Set([
  'ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'vue', 'svelte',
  'py', 'go', 'rb', 'java', 'kt', 'kts', 'scala', 'rs', 'cs', 'php', 'swift',
  'c', 'cc', 'cpp', 'cxx', 'h', 'hpp', 'm', 'mm', 'ex', 'exs', 'dart', 'lua',
]);

/** Directory names whose files are tests (`test/`, `tests/`, Jest's `__tests__/`, RSpec's `spec/`). */
const TEST_DIRECTORIES = new Set(['test', 'tests', '__tests__', 'spec', 'specs']);

/** `x.test.ts`, `x.spec.js`, `x_test.go`, `x_test.py`, `x_spec.rb`, `test_x.py`, `XTest.java`, `XTests.cs`. */
const TEST_FILE_NAME = /(?:[._-](?:test|spec)\.[^.]+$)|(?:^test_.+\.py$)|(?:[a-z0-9](?:Test|Tests|Spec)\.[^.]+$)/u;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1);
}

function inTestDirectory(path: string): boolean {
  return path.split('/').slice(0, -1).some((segment) => TEST_DIRECTORIES.has(segment));
}

/** Whether a path is a test by naming convention or by lying under a test directory. */
export function isTestFile(path: string): boolean {
  return TEST_FILE_NAME.test(baseName(path)) || inTestDirectory(path);
}

/** Whether a path is code a test could cover: a source extension, and not a test or a type declaration. */
export function isSourceModule(path: string): boolean {
  const name = baseName(path);
  if (/\.d\.[cm]?ts$/u.test(name)) return false;
  return SOURCE_EXTENSIONS.has(extensionOf(name)) && !isTestFile(path);
}

/** A module's name without directory and extension: `src/core/load-config.ts` → `load-config`. */
function moduleStem(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}

/** The name of the module a test is named after: `load-config.test.ts`, `test_load_config.py` → the module's stem. */
function testStem(path: string): string {
  return moduleStem(path)
    .replace(/[._-](?:test|spec)$/u, '')
    .replace(/(?<=[a-z0-9])(?:Test|Tests|Spec)$/u, '')
    .replace(/^test_/u, '');
}

/** Stems a test may stand for: itself and each prefix that ends at `.`, `-` or `_` (`load-config-errors` → `load-config`, `load`). */
function stemPrefixes(stem: string): string[] {
  const prefixes = [stem];
  for (let index = stem.length - 1; index > 0; index -= 1) {
    if ('.-_'.includes(stem[index] as string)) prefixes.push(stem.slice(0, index));
  }
  return prefixes;
}

/** Test files indexed by the module names they are named after. */
export interface TestFileIndex {
  /** Tests that cover a module by convention, sorted. */
  conventionalTestsOf(modulePath: string): string[];
}

/**
 * Indexes test files so modules find their tests by naming convention. A test covers a module
 * when it is named after the module (`x.test.ts`, `x.spec.js`, `x_test.go`, `test_x.py`,
 * `XTest.java`, or a name starting with `x` then `.`, `-` or `_`, as in `x-errors.test.ts`) and
 * it either sits in the module's own directory or anywhere under a test directory (`test/`,
 * `tests/`, `__tests__/`, `spec/`). Paths that are not tests are ignored.
 *
 * Convention is a heuristic: a test named after an unrelated module of the same name (two
 * `index.ts` files) counts too. Coverage by import, which the assessment also checks, is exact.
 */
export function indexTestFiles(paths: Iterable<string>): TestFileIndex {
  const byStem = new Map<string, Set<string>>();
  for (const path of paths) {
    if (!isTestFile(path)) continue;
    for (const stem of stemPrefixes(testStem(path))) {
      const tests = byStem.get(stem) ?? new Set<string>();
      tests.add(path);
      byStem.set(stem, tests);
    }
  }
  return {
    conventionalTestsOf: (modulePath) => {
      const directory = directoryOf(modulePath);
      const candidates = byStem.get(moduleStem(modulePath)) ?? new Set<string>();
      return [...candidates].filter((test) => test !== modulePath && (inTestDirectory(test) || directoryOf(test) === directory)).sort();
    },
  };
}
