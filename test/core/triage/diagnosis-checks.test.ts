import { describe, expect, it } from 'vitest';
import { checkEvidence } from '../../../src/core/triage/evidence-check.js';
import { parseFix } from '../../../src/core/triage/fix-diff.js';

describe('checkEvidence', () => {
  it('keeps references to real lines and drops invented, out-of-range and escaping ones', () => {
    const lines = new Map([['src/a.ts', 10]]);
    const checked = checkEvidence(
      [
        { file: './src/a.ts', line: 10, note: 'last line' },
        { file: 'src/a.ts', line: 11, note: 'past the end' },
        { file: 'src/ghost.ts', line: 1, note: 'invented' },
        { file: '../etc/passwd', line: 1, note: 'outside' },
      ],
      (path) => lines.get(path),
    );
    expect(checked.kept).toEqual([{ file: 'src/a.ts', line: 10, note: 'last line' }]);
    expect(checked.dropped.map((dropped) => dropped.reference)).toEqual(['src/a.ts:11', 'src/ghost.ts:1', '../etc/passwd:1']);
    expect(checked.dropped[0]!.reason).toBe('the file has 10 lines');
  });
});

describe('parseFix', () => {
  it('splits a git diff of two files into strict per-file diffs', () => {
    const diff = [
      'diff --git a/src/a.js b/src/a.js',
      'index 1..2 100644',
      '--- a/src/a.js',
      '+++ b/src/a.js',
      '@@ -1 +1 @@',
      '-one',
      '+two',
      'diff --git a/src/b.js b/src/b.js',
      '--- a/src/b.js',
      '+++ b/src/b.js',
      '@@ -2,1 +2,1 @@',
      '-x',
      '+y',
    ].join('\n');
    const parsed = parseFix(diff);
    expect(parsed.ok && parsed.files.map((file) => [file.path, file.diff.hunks.length])).toEqual([
      ['src/a.js', 1],
      ['src/b.js', 1],
    ]);
  });

  it('refuses new, deleted and renamed files, escaping paths and text without hunks', () => {
    expect(parseFix('--- /dev/null\n+++ b/new.js\n@@ -0,0 +1 @@\n+x\n')).toEqual({ ok: false, error: 'the fix creates or deletes new.js; a fix only changes lines of existing files' });
    expect(parseFix('--- a/x.js\n+++ b/y.js\n@@ -1 +1 @@\n-a\n+b\n')).toMatchObject({ ok: false, error: expect.stringContaining('renames x.js to y.js') });
    expect(parseFix('--- a/../x.js\n+++ b/../x.js\n@@ -1 +1 @@\n-a\n+b\n')).toMatchObject({ ok: false, error: expect.stringContaining('../x.js') });
    expect(parseFix('just change it')).toEqual({ ok: false, error: 'the fix holds no hunk (@@ … @@)' });
  });
});
