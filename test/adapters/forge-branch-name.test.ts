import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { assertBranchName, branchNameProblem } from '../../src/adapters/forge-branch-name.js';

const VALID = ['main', 'drydock/implement-7', 'feature/a.b', 'v1.2', 'user@host', 'a-b_c', 'x/y/z', 'ünïcode'];
const INVALID = ['', '-x', 'a..b', 'a b', 'x.lock', 'a/x.lock/b', '.hidden', 'a/.b', 'a//b', '/a', 'a/', 'a.', 'a@{1}', '@', 'HEAD', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b', 'tab\there', 'del\u007f'];

/** Whether git itself accepts the name as a branch name. */
function gitAccepts(name: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', '--branch', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('branchNameProblem', () => {
  it('accepts ordinary branch names', () => {
    for (const name of VALID) expect(branchNameProblem(name), name).toBeUndefined();
  });

  it('refuses what git refuses, and names, options and revision syntax git would misread', () => {
    for (const name of INVALID) expect(branchNameProblem(name), JSON.stringify(name)).toBeDefined();
  });

  it('agrees with git check-ref-format --branch', () => {
    // Inside a repository, git expands '@' to the current branch; as a name it is refused on purpose.
    for (const name of [...VALID, ...INVALID.filter((name) => name !== '@')]) {
      expect(branchNameProblem(name) === undefined, JSON.stringify(name)).toBe(gitAccepts(name));
    }
  });

  it('throws an InputError that names the branch and the rule', () => {
    expect(() => assertBranchName('a..b', 'head branch')).toThrow(/Invalid head branch name "a\.\.b": it contains '\.\.'/);
    expect(() => assertBranchName('-f')).toThrow(InputError);
  });
});
