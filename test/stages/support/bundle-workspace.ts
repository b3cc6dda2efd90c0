import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { git } from '../../adapters/support/git-repository.js';

/**
 * The smallest project the real plan and implement bundles can work on: a git repository (the
 * local forge needs one, and the implementer works on a branch of it) with a passing node:test
 * test that the config names as the validator, since Drydock judges an implemented task by
 * commands only.
 */
export const BUNDLE_PROJECT_FILES: Readonly<Record<string, string>> = {
  'package.json': '{\n  "name": "widgets",\n  "type": "module",\n  "private": true\n}\n',
  'src/math.js': 'export function add(left, right) {\n  return left + right;\n}\n',
  'test/math.test.js':
    "import test from 'node:test';\nimport assert from 'node:assert/strict';\nimport { add } from '../src/math.js';\n\n" +
    "test('add sums two numbers', () => {\n  assert.equal(add(2, 3), 5);\n});\n",
  '.github/drydock.yml': 'version: 1\nvalidators:\n  test:\n    argv: [node, --test]\n    kind: test\n    timeoutSeconds: 60\nimplement:\n  maxAttempts: 1\n  refine: false\n',
};

/** Writes the project into `workspace`, commits it on `main` and returns the commit. */
export function commitWorkspace(workspace: string): string {
  for (const [path, content] of Object.entries(BUNDLE_PROJECT_FILES)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), content);
  }
  git(workspace, ['init', '--quiet', '--initial-branch=main']);
  git(workspace, ['add', '--all']);
  git(workspace, ['commit', '--quiet', '--message', 'widgets']);
  return git(workspace, ['rev-parse', 'HEAD']).trim();
}
