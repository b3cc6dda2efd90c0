import { describe, expect, it } from 'vitest';
import { parseChangeDiff } from '../../../src/core/triage/change-diff.js';
import { linkToChange, relatedHunks } from '../../../src/core/triage/change-relation.js';

const DIFF = [
  'diff --git a/src/math.js b/src/math.js',
  'index 1111111..2222222 100644',
  '--- a/src/math.js',
  '+++ b/src/math.js',
  '@@ -10,3 +10,3 @@ export function add(a, b) {',
  ' // sums',
  '-  return a + b;',
  '+  return a - b;',
  ' }',
  'diff --git a/docs/old.md b/docs/new.md',
  'similarity index 90%',
  'rename from docs/old.md',
  'rename to docs/new.md',
  '--- a/docs/old.md',
  '+++ b/docs/new.md',
  '@@ -1 +1 @@',
  '-a',
  '+b',
  '',
].join('\n');

describe('parseChangeDiff and linkToChange', () => {
  const changes = parseChangeDiff(DIFF);

  it('reads files, renames and new-side hunk ranges', () => {
    expect(changes.map((file) => [file.path, file.oldPath, file.hunks.map((hunk) => [hunk.newStart, hunk.newCount])])).toEqual([
      ['src/math.js', undefined, [[10, 3]]],
      ['docs/new.md', 'docs/old.md', [[1, 1]]],
    ]);
    expect(changes[0]!.hunks[0]!.text).toContain('+  return a - b;');
  });

  it('links a failure whose frame is at a changed line, with its hunks', () => {
    const link = linkToChange(
      { file: 'test/math.test.js', stack: 'AssertionError: 1 !== 3\n    at add (/home/runner/work/app/app/src/math.js:11:10)\n    at test/math.test.js:5:3' },
      changes,
      ['/home/runner/work/app/app'],
    );
    expect(link).toEqual({ relation: 'at-changed-line', files: ['src/math.js'], lines: ['src/math.js:11'] });
    expect(relatedHunks(link, changes, 5).map((entry) => entry.path)).toEqual(['src/math.js']);
  });

  it('calls a failure that touches no changed file likely unrelated, and says unknown without a diff', () => {
    const failure = { file: 'test/db.test.js', stack: 'Error: timeout\n    at connect (src/db.js:3:1)\n    at node_modules/pg/lib/client.js:40:1' };
    expect(linkToChange(failure, changes).relation).toBe('unrelated');
    expect(linkToChange(failure, undefined).relation).toBe('unknown');
    expect(linkToChange({ file: 'src/math.js' }, changes).relation).toBe('touches-change');
  });
});
