import { describe, expect, it } from 'vitest';
import { guardedCommandReason } from '../../../src/core/policy/command-guards.js';

describe('command guards', () => {
  it('PC-006 refuses git options that write files, run programs or leave the workspace', () => {
    for (const argv of [
      ['git', 'log', '--output=.git/hooks/post-checkout'],
      ['git', 'log', '--output', 'x'],
      ['git', 'diff', '--ext-diff'],
      ['git', 'diff', '--no-index', '/etc/passwd', 'x'],
      ['git', 'grep', '--open-files-in-pager=sh -c id', 'x'],
      ['git', 'grep', '-Osh', 'x'],
      ['git', '-c', 'core.pager=sh', 'log'],
      ['git', '-C', '/', 'log'],
      ['git', '--git-dir=/other/.git', 'log'],
      ['git', 'format-patch', '-o', '/tmp', 'HEAD~1'],
      ['git', 'rebase', '-x', 'id', 'main'],
      ['git', 'blame', '--contents', '.git/config', 'README.md'],
      ['git', 'grep', '-f', '.env', 'x'],
      ['/usr/bin/git', 'log', '--output=x'],
    ]) {
      expect(guardedCommandReason(argv), argv.join(' ')).toBeDefined();
    }
  });

  it('PC-006 lets ordinary read-only git through, and treats arguments after -- as paths', () => {
    for (const argv of [
      ['git', 'log', '--oneline', '-n', '5'],
      ['git', 'log', '-c'],
      ['git', 'grep', '-n', 'TODO'],
      ['git', 'log', '--', '--output'],
      ['git', '--no-pager', 'log'],
      ['npm', 'test', '--output=x'],
      ['git', 'constructor', '-x'],
    ]) {
      expect(guardedCommandReason(argv), argv.join(' ')).toBeUndefined();
    }
  });
});
