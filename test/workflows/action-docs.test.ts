import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../stages/support/run-bundle.js';

// docs/actions.md is generated from actions/*/action.yml; this fails when someone changes an
// action.yml and does not regenerate it.

function runGenerator(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts', 'generate-action-docs.js'), ...args], { encoding: 'utf8', timeout: 20_000 });
}

/** A copy of the generator, the actions and the docs, to change without touching the repository. */
function copyOfRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'drydock-action-docs-'));
  mkdirSync(join(root, 'scripts'));
  cpSync(join(REPOSITORY_ROOT, 'scripts', 'generate-action-docs.js'), join(root, 'scripts', 'generate-action-docs.js'));
  cpSync(join(REPOSITORY_ROOT, 'actions'), join(root, 'actions'), { recursive: true });
  cpSync(join(REPOSITORY_ROOT, 'docs'), join(root, 'docs'), { recursive: true });
  symlinkSync(join(REPOSITORY_ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

describe('docs/actions.md', () => {
  it('matches actions/*/action.yml (regenerate with `node scripts/generate-action-docs.js`)', () => {
    const check = runGenerator(REPOSITORY_ROOT, '--check');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('lists every input and output of every action', () => {
    const docs = readFileSync(join(REPOSITORY_ROOT, 'docs', 'actions.md'), 'utf8');
    for (const name of ['plan', 'implement', 'test-triage', 'canary-deploy', 'plan-and-implement', 'ci-doctor']) {
      expect(docs).toContain(`## ${name}\n`);
    }
    expect(docs).toContain('| `plan-digest` | yes |  | Digest of the approved plan');
    expect(docs).toContain('| `reports` | no | `**/junit*.xml`<br>`**/TEST-*.xml` |');
  });

  it('the check fails once an action.yml changes, and passes after regenerating', () => {
    const root = copyOfRepository();
    const path = join(root, 'actions', 'plan', 'action.yml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('  goal:\n    description: Goal text.', '  goal:\n    description: The goal text.'));
    const stale = runGenerator(root, '--check');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('docs/actions.md is stale');
    expect(runGenerator(root).status).toBe(0);
    expect(readFileSync(join(root, 'docs', 'actions.md'), 'utf8')).toContain('| `goal` | no |  | The goal text.');
    expect(runGenerator(root, '--check').status).toBe(0);
  });
});
