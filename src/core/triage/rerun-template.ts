import type { TestOutcome } from '../reports/test-report.js';

/**
 * Re-running one failed test from a configured argv template. Placeholders are replaced inside
 * single argv elements, and a value is never split or parsed: a test name with spaces, quotes or
 * `;` stays one argument, and no shell ever sees it.
 *
 * - `{file}`: the test's file (relative to the repository).
 * - `{name}`: the test name as reported.
 * - `{id}`: the test id (`suite::name` or the format's own id).
 * - `{suite}`: the suite or class name.
 * - `{nameRegex}`: the name as an anchored regular expression with every special character
 *   escaped (`^add handles \(x\)$`), for runners that select by pattern (`node --test-name-pattern`,
 *   `jest -t`, `vitest -t`, `go test -run`, `pytest -k` takes `{name}`).
 */

/** The placeholders a template may use. */
export const RERUN_PLACEHOLDERS = ['file', 'name', 'id', 'suite', 'nameRegex'] as const;
export type RerunPlaceholder = (typeof RERUN_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The argv to re-run one test, or why it cannot be built. */
export type RerunArgv = { ok: true; argv: string[] } | { ok: false; reason: string };

/** Placeholder names used in a template that are not known; empty when all are. */
export function unknownPlaceholders(template: readonly string[]): string[] {
  const unknown = new Set<string>();
  for (const element of template) {
    for (const match of element.matchAll(PLACEHOLDER)) {
      if (!(RERUN_PLACEHOLDERS as readonly string[]).includes(match[1] as string)) unknown.add(match[1] as string);
    }
  }
  return [...unknown];
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

function placeholderValue(test: Pick<TestOutcome, 'file' | 'name' | 'id' | 'suite'>, name: RerunPlaceholder): string | undefined {
  switch (name) {
    case 'file':
      return test.file;
    case 'name':
      return test.name;
    case 'id':
      return test.id;
    case 'suite':
      return test.suite === '' ? undefined : test.suite;
    case 'nameRegex':
      return `^${escapeRegex(test.name)}$`;
  }
}

/**
 * Fills the template for one test. A value that would stand alone as an element and starts with
 * `-` is refused: the program would read a test named `--require=x.js` as an option. NUL bytes and
 * line breaks are refused too (no argv can carry NUL; a line break in a name is never a real test).
 */
export function expandRerunArgv(template: readonly string[], test: Pick<TestOutcome, 'file' | 'name' | 'id' | 'suite'>): RerunArgv {
  const argv: string[] = [];
  for (const element of template) {
    let problem: string | undefined;
    const expanded = element.replace(PLACEHOLDER, (whole, name: string) => {
      if (!(RERUN_PLACEHOLDERS as readonly string[]).includes(name)) {
        problem ??= `the template uses the unknown placeholder ${whole}`;
        return whole;
      }
      const value = placeholderValue(test, name as RerunPlaceholder);
      if (value === undefined || value === '') {
        problem ??= `the report gives no ${name} for this test, and the template needs ${whole}`;
        return '';
      }
      if (/[\0\r\n]/.test(value)) {
        problem ??= `its ${name} holds a NUL byte or a line break`;
        return '';
      }
      if (whole === element && value.startsWith('-')) {
        problem ??= `its ${name} starts with "-" and would be read as an option`;
        return '';
      }
      return value;
    });
    if (problem !== undefined) return { ok: false, reason: problem };
    argv.push(expanded);
  }
  if (argv.length === 0 || argv[0] === '') return { ok: false, reason: 'the template is empty' };
  return { ok: true, argv };
}
