import { mkdtemp, readdir, readFile, realpath, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFileName, createContextIndexCache, MAXIMUM_CACHED_INDEXES } from '../../src/adapters/context-index-cache.js';
import { fixtureIndex } from '../core/context/support/index-fixture.js';

let directory: string;

beforeEach(async () => {
  directory = path.join(await realpath(await mkdtemp(path.join(tmpdir(), 'drydock-context-cache-'))), 'nested', 'cache');
});

afterEach(async () => {
  await rm(path.dirname(path.dirname(directory)), { recursive: true, force: true });
});

describe('context index cache', () => {
  it('CC-001 saves an index under its key, private to the user, and loads it back', async () => {
    const cache = createContextIndexCache(directory);
    const index = fixtureIndex({ 'a.ts': { content: 'alpha' } }, [], 'key-a');
    expect(await cache.load('key-a')).toBeUndefined();
    const file = await cache.save(index);
    expect(path.basename(file)).toBe(cacheFileName('key-a'));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await cache.load('key-a'))?.files).toEqual(index.files);
    expect(await readdir(directory)).toEqual([cacheFileName('key-a')]);
  });

  it('CC-002 treats a damaged file as a miss', async () => {
    const cache = createContextIndexCache(directory);
    const file = await cache.save(fixtureIndex({ 'a.ts': { content: 'alpha' } }, [], 'key-a'));
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 20));
    expect(await cache.load('key-a')).toBeUndefined();
  });

  it('CC-003 keeps only the most recently written indexes', async () => {
    const cache = createContextIndexCache(directory);
    for (let index = 0; index < MAXIMUM_CACHED_INDEXES + 2; index += 1) {
      const file = await cache.save(fixtureIndex({ 'a.ts': { content: 'alpha' } }, [], `key-${index}`));
      const time = new Date(Date.UTC(2026, 0, 1, 0, index));
      await utimes(file, time, time);
    }
    const names = await readdir(directory);
    expect(names).toHaveLength(MAXIMUM_CACHED_INDEXES);
    expect(names).not.toContain(cacheFileName('key-0'));
    expect(names).not.toContain(cacheFileName('key-1'));
    expect(names).toContain(cacheFileName(`key-${MAXIMUM_CACHED_INDEXES + 1}`));
  });
});
