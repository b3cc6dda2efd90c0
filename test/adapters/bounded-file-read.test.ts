import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileBounded } from '../../src/adapters/bounded-file-read.js';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'drydock-bounded-read-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('readFileBounded', () => {
  it('reads a file that fits the cap exactly', async () => {
    await writeFile(path.join(directory, 'exact.txt'), 'abcde');
    const result = await readFileBounded(path.join(directory, 'exact.txt'), 5);
    expect(result.outcome).toBe('read');
    if (result.outcome === 'read') expect(Buffer.from(result.bytes).toString()).toBe('abcde');
  });

  it('reports a file over the cap with its size', async () => {
    await writeFile(path.join(directory, 'big.txt'), 'abcdef');
    expect(await readFileBounded(path.join(directory, 'big.txt'), 5)).toEqual({ outcome: 'too-large', size: 6 });
  });

  it('reads an empty file', async () => {
    await writeFile(path.join(directory, 'empty.txt'), '');
    const result = await readFileBounded(path.join(directory, 'empty.txt'), 5);
    expect(result.outcome === 'read' && result.bytes.length).toBe(0);
  });

  it('reports a directory as not a file', async () => {
    expect(await readFileBounded(directory, 5)).toEqual({ outcome: 'not-a-file' });
  });

  it.skipIf(process.platform === 'win32')('does not follow a symlink in the last component', async () => {
    await writeFile(path.join(directory, 'target.txt'), 'target');
    await symlink(path.join(directory, 'target.txt'), path.join(directory, 'link'));
    await expect(readFileBounded(path.join(directory, 'link'), 100)).rejects.toMatchObject({ code: 'ELOOP' });
  });
});
