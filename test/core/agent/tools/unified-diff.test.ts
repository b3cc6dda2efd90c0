import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createToolRegistry } from '../../../../src/core/agent/tool-registry.js';
import { applyEditTool } from '../../../../src/core/agent/tools/apply-edit.js';
import { applyFileDiff } from '../../../../src/core/agent/tools/diff-apply.js';
import { parseUnifiedDiff } from '../../../../src/core/agent/tools/unified-diff.js';
import { createToolTestRepository, type ToolTestRepository } from '../tool-harness.js';

const FILE = Array.from({ length: 12 }, (_, index) => `line ${index + 1}`).join('\n') + '\n';

function apply(content: string, diff: string, path = 'f.txt') {
  const parsed = parseUnifiedDiff(diff);
  if (!parsed.ok) return parsed;
  return applyFileDiff(content, parsed.diff, path);
}

describe('unified diff', () => {
  it('UD-001 applies hunks with context, headers and a code fence', () => {
    const diff = [
      '```diff',
      'diff --git a/f.txt b/f.txt',
      'index 123..456 100644',
      '--- a/f.txt',
      '+++ b/f.txt',
      '@@ -2,3 +2,3 @@',
      ' line 2',
      '-line 3',
      '+line three',
      ' line 4',
      '@@ -10,2 +10,3 @@ some function',
      ' line 10',
      '+line 10.5',
      ' line 11',
      '```',
    ].join('\n');
    const result = apply(FILE, diff);
    expect(result).toEqual({
      ok: true,
      content: FILE.replace('line 3\n', 'line three\n').replace('line 10\n', 'line 10\nline 10.5\n'),
      summary: 'applied 2 hunks: 2 lines added, 1 removed',
    });
  });

  it('UD-002 refuses a hunk whose context does not match at its line, saying which hunk and where it matches', () => {
    const diff = ['@@ -2,2 +2,2 @@', ' line 2', '-line 3', '+x', '@@ -9,2 +9,2 @@', ' line 7', '-line 8', '+y', ''].join('\n');
    const result = apply(FILE, diff);
    expect(result.ok).toBe(false);
    const error = (result as { error: string }).error;
    expect(error).toMatch(/^Hunk 2 \(@@ -9,2 \+9,2 @@\) does not apply to f\.txt: at line 9 the file has "line 9" where the hunk expects "line 7"\./);
    expect(error).toMatch(/match at line 7 instead: correct the line numbers/);
    expect(error).toMatch(/Nothing was changed/);
  });

  it('UD-003 refuses a hunk that matches nowhere (no fuzz)', () => {
    const result = apply(FILE, ['@@ -2,2 +2,2 @@', ' line 2', '-line 3 ', '+x'].join('\n'));
    expect((result as { error: string }).error).toMatch(/the file has "line 3" where the hunk expects "line 3 "\. Its context and removed lines match nowhere/);
  });

  it('UD-004 refuses wrong counts, overlapping hunks, other files, several files, no hunks', () => {
    expect(apply(FILE, ['@@ -2,3 +2,3 @@', ' line 2', '-line 3', '+x'].join('\n'))).toMatchObject({ ok: false, error: expect.stringMatching(/promises 3 old and 3 new lines but holds 2 old .* and 2 new/) });
    expect(apply(FILE, ['@@ -2,2 +2,2 @@', ' line 2', '-line 3', '+x', '@@ -3,1 +3,1 @@', '-line 3', '+y'].join('\n'))).toMatchObject({ ok: false, error: expect.stringMatching(/must be in file order and must not overlap/) });
    expect(apply(FILE, ['--- a/g.txt', '+++ b/g.txt', '@@ -1 +1 @@', '-line 1', '+x'].join('\n'))).toMatchObject({ ok: false, error: expect.stringMatching(/for 'g\.txt' but path is 'f\.txt'/) });
    const two = ['--- a/f.txt', '+++ b/f.txt', '@@ -1 +1 @@', '-line 1', '+x', '--- a/g.txt', '+++ b/g.txt', '@@ -1 +1 @@', '-a', '+b'].join('\n');
    expect(apply(FILE, two)).toMatchObject({ ok: false, error: expect.stringMatching(/more than one file/) });
    expect(apply(FILE, 'just some text')).toMatchObject({ ok: false, error: expect.stringMatching(/comes before any hunk/) });
    expect(apply(FILE, '--- a/f.txt\n+++ b/f.txt\n')).toMatchObject({ ok: false, error: expect.stringMatching(/holds no hunk/) });
    expect(apply(FILE, ['--- /dev/null', '+++ b/f.txt', '@@ -0,0 +1 @@', '+x'].join('\n'))).toMatchObject({ ok: false, error: expect.stringMatching(/use write_file/) });
  });

  it('UD-005 handles insertion at the top, empty context lines, CRLF files and no final newline', () => {
    expect(apply('b\n', ['@@ -0,0 +1 @@', '+a'].join('\n'))).toMatchObject({ ok: true, content: 'a\nb\n' });
    expect(apply('a\n\nc\n', ['@@ -1,3 +1,3 @@', ' a', '', '-c', '+C'].join('\n'))).toMatchObject({ ok: true, content: 'a\n\nC\n' });
    expect(apply('a\r\nb\r\n', ['@@ -1,2 +1,2 @@', ' a', '-b', '+B'].join('\n'))).toMatchObject({ ok: true, content: 'a\r\nB\r\n' });
    const noNewline = ['@@ -1 +1 @@', '-a', '\\ No newline at end of file', '+b', '\\ No newline at end of file'].join('\n');
    expect(apply('a', noNewline)).toMatchObject({ ok: true, content: 'b' });
    const addNewline = ['@@ -1 +1 @@', '-a', '\\ No newline at end of file', '+a'].join('\n');
    expect(apply('a', addNewline)).toMatchObject({ ok: true, content: 'a\n' });
  });

  it('UD-006 a removed line that starts with "-- " is not a file header', () => {
    expect(apply('-- comment\nx\n', ['@@ -1,2 +1 @@', '--- comment', ' x'].join('\n'))).toMatchObject({ ok: true, content: 'x\n' });
  });
});

describe('apply_edit with a diff', () => {
  let repository: ToolTestRepository | undefined;
  afterEach(() => repository?.cleanup());

  it('AD-001 edits the file on success and leaves it untouched when a hunk fails', async () => {
    repository = await createToolTestRepository({ files: { 'f.txt': FILE } });
    const registry = createToolRegistry([applyEditTool]);
    const good = await registry.call('apply_edit', JSON.stringify({ path: 'f.txt', diff: '@@ -1,2 +1,2 @@\n-line 1\n+line one\n line 2\n' }), repository.context);
    expect(good.status).toBe('ok');
    expect(good.text).toBe('Edited f.txt: applied 1 hunk: 1 line added, 1 removed.');
    expect(readFileSync(join(repository.root, 'f.txt'), 'utf8')).toBe(FILE.replace('line 1\n', 'line one\n'));
    const bad = await registry.call(
      'apply_edit',
      JSON.stringify({ path: 'f.txt', diff: '@@ -2 +2 @@\n-line 2\n+two\n@@ -5 +5 @@\n-line 4\n+four\n' }),
      repository.context,
    );
    expect(bad.status).toBe('failed');
    expect(bad.text).toMatch(/^Hunk 2 \(@@ -5 \+5 @@\)/);
    expect(readFileSync(join(repository.root, 'f.txt'), 'utf8')).toBe(FILE.replace('line 1\n', 'line one\n'));
  });
});
