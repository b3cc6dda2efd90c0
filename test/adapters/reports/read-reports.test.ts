import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReports } from '../../../src/adapters/reports/read-reports.js';
import { InputError } from '../../../src/core/errors.js';

let root: string;
let outside: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'drydock-reports-'));
  outside = await mkdtemp(path.join(tmpdir(), 'drydock-reports-outside-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

const junit = (cases: string) => `<testsuite name="s">${cases}</testsuite>`;

describe('readReports', () => {
  it('matches globs under the root, detects formats from content whatever the name, and folds retries across files', async () => {
    await mkdir(path.join(root, 'a/b'), { recursive: true });
    await writeFile(path.join(root, 'a/b/attempt-1.xml'), junit('<testcase classname="c" name="t"><failure message="boom"/></testcase><testcase classname="c" name="u"/>'));
    await writeFile(path.join(root, 'a/b/attempt-2.json'), junit('<testcase classname="c" name="t"/>'));
    await writeFile(path.join(root, 'a/b/notes.txt'), 'TAP version 13\n1..1\nok 1 - tap test\n');
    const result = await readReports({ root, patterns: ['a/**/*.{xml,json}', '**/*.txt'] });
    expect(result.files).toEqual([
      { path: 'a/b/attempt-1.xml', format: 'junit-xml', tests: 2 },
      { path: 'a/b/attempt-2.json', format: 'junit-xml', tests: 1 },
      { path: 'a/b/notes.txt', format: 'tap', tests: 1 },
    ]);
    expect(result.totals).toEqual({ tests: 3, passed: 2, failed: 0, errored: 0, skipped: 0, flaky: 1 });
    expect(result.failures.map((outcome) => [outcome.id, outcome.flaky, outcome.attempts])).toEqual([['c::t', true, ['failed', 'passed']]]);
  });

  it('refuses a symlink that leads out of the root, does not enter symlinked directories, and reads the rest', async () => {
    await writeFile(path.join(outside, 'secret.xml'), junit('<testcase classname="c" name="outside"/>'));
    await mkdir(path.join(outside, 'dir'));
    await writeFile(path.join(outside, 'dir/inside-linked-dir.xml'), junit('<testcase classname="c" name="linked"/>'));
    await symlink(path.join(outside, 'secret.xml'), path.join(root, 'escape.xml'));
    await symlink(path.join(outside, 'dir'), path.join(root, 'linked'));
    await writeFile(path.join(root, 'real.xml'), junit('<testcase classname="c" name="real"/>'));
    await symlink(path.join(root, 'real.xml'), path.join(root, 'alias.xml'));
    const result = await readReports({ root, patterns: ['**/*.xml'] });
    expect(result.files.map((file) => [file.path, file.tests, file.error])).toEqual([
      ['alias.xml', 1, undefined],
      ['escape.xml', 0, `refused: Path 'escape.xml' resolves through a symlink to '${await realpath(path.join(outside, 'secret.xml'))}', outside the workspace`],
      ['real.xml', 1, undefined],
    ]);
    // alias.xml and real.xml are one report read twice: the same test, folded.
    expect(result.totals.tests).toBe(1);
  });

  it('names a malformed file, a FIFO and an unknown format, and still reads the other files', async () => {
    await writeFile(path.join(root, 'good.xml'), junit('<testcase classname="c" name="ok"/>'));
    await writeFile(path.join(root, 'cut.xml'), '<testsuite name="s">\n<testcase classname="c" name="kept"/>\n<testcase classname="c" name="lost">');
    await writeFile(path.join(root, 'page.xml'), '<html></html>');
    // A FIFO is not a report; one reached through a symlink is opened without blocking and named.
    expect(spawnSync('mkfifo', [path.join(root, 'fifo')]).status).toBe(0);
    await symlink(path.join(root, 'fifo'), path.join(root, 'pipe.xml'));
    const result = await readReports({ root, patterns: ['*.xml'] });
    expect(result.files).toEqual([
      { path: 'cut.xml', format: 'junit-xml', tests: 1, error: 'line 3, column 37: the file ends inside <testsuite> <testcase>: truncated' },
      { path: 'good.xml', format: 'junit-xml', tests: 1 },
      { path: 'page.xml', format: 'unknown', tests: 0, error: expect.stringMatching(/^not a recognized report format/) as unknown },
      { path: 'pipe.xml', format: 'unknown', tests: 0, error: 'not a regular file' },
    ]);
    expect(result.totals.tests).toBe(2);
  });

  it('reports patterns that match nothing and refuses patterns that leave the root', async () => {
    const result = await readReports({ root, patterns: ['missing/*.xml'] });
    expect(result).toMatchObject({ files: [], unmatchedPatterns: ['missing/*.xml'] });
    await expect(readReports({ root, patterns: ['../*.xml'] })).rejects.toSatisfy((error: unknown) => InputError.isInstance(error) && /"\.\." is not allowed/.test(String(error)));
    await expect(readReports({ root: path.join(root, 'nope'), patterns: ['*.xml'] })).rejects.toThrow(/cannot be read/);
  });

  it('streams a 12 MB CDATA block: output capped for the failure, closed at its real end, the next test read', async () => {
    const file = path.join(root, 'big.xml');
    const stream = createWriteStream(file);
    stream.write('<testsuite name="s"><testcase classname="c" name="noisy"><failure message="boom"/><system-out><![CDATA[');
    const block = `${'y'.repeat(1023)}\n`.repeat(1024);
    for (let index = 0; index < 12; index += 1) stream.write(block);
    stream.write('THE END]]></system-out></testcase><testcase classname="c" name="after"/></testsuite>');
    await new Promise<void>((resolve) => stream.end(resolve));
    const result = await readReports({ root, patterns: ['big.xml'] });
    expect(result.files).toEqual([{ path: 'big.xml', format: 'junit-xml', tests: 2 }]);
    const stdout = result.failures[0]!.stdout!;
    expect(stdout.length).toBeLessThan(10_000);
    expect(stdout).toMatch(/characters left out/);
    expect(stdout.endsWith('THE END')).toBe(true);
  });
});
