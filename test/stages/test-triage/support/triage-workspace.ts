import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Node that runs the tests (Node 24 from the dev dependency): re-runs use the same one. */
export const NODE = process.execPath;

/**
 * Runs node:test for real in `workspace` on `files`, writing its JUnit report to `report`
 * (relative to the workspace). Resolves to the exit code; the report is what the runner wrote.
 */
export function runNodeTests(workspace: string, files: readonly string[], report: string): number | null {
  mkdirSync(join(workspace, report, '..'), { recursive: true });
  const result = spawnSync(NODE, ['--test', '--test-reporter=junit', `--test-reporter-destination=${report}`, ...files], { cwd: workspace, encoding: 'utf8' });
  if (result.error !== undefined) throw result.error;
  return result.status;
}

/** A policy file that lets the triager re-run node:test, with the given triage section lines. */
export function triageConfig(triageLines: readonly string[], extraTriagerCommands: readonly string[] = []): string {
  return [
    'version: 1',
    'identities:',
    '  triager:',
    '    commands:',
    `      - [${JSON.stringify(NODE)}, --test, "**"]`,
    '      - [git, log, "**"]',
    ...extraTriagerCommands.map((line) => `      - ${line}`),
    'triage:',
    '  rerun:',
    `    argv: [${JSON.stringify(NODE)}, --test, "--test-name-pattern={nameRegex}", "{file}"]`,
    ...triageLines,
    '',
  ].join('\n');
}

/** The JSON lines of a journal file. */
export function journalEvents(path: string): Array<{ kind: string; data: Record<string, unknown> }> {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { kind: string; data: Record<string, unknown> });
}

/** A node:test file that fails on every third run, counting runs in a file beside it. */
export const FLAKY_TEST = [
  "import { test } from 'node:test';",
  "import assert from 'node:assert/strict';",
  "import { existsSync, readFileSync, writeFileSync } from 'node:fs';",
  '',
  "test('sometimes fails', () => {",
  "  const counter = new URL('./.runs', import.meta.url);",
  "  const run = existsSync(counter) ? Number(readFileSync(counter, 'utf8')) + 1 : 1;",
  '  writeFileSync(counter, String(run));',
  '  assert.ok(run % 3 !== 1, `unlucky run ${run}`);',
  '});',
  '',
  "test('always passes', () => {",
  '  assert.equal(1 + 1, 2);',
  '});',
  '',
].join('\n');
