import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DrydockError, InputError, IntegrityError } from '../../src/core/errors.js';
import type { ArtifactFiles, ArtifactStore } from '../../src/core/ports/artifact-store.js';
import { createLocalArtifactStore } from '../../src/adapters/artifact-store-local.js';

let directory: string;
let store: ArtifactStore;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'drydock-artifacts-'));
  store = createLocalArtifactStore(directory, 'run-1');
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function failure(operation: Promise<unknown>): Promise<DrydockError> {
  const error = await operation.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(DrydockError.isInstance(error), `expected a DrydockError, got ${String(error)}`).toBe(true);
  return error as DrydockError;
}

/** What the run directory holds besides the store's own `.partial` area. */
async function savedArtifacts(runId = 'run-1'): Promise<string[]> {
  return (await readdir(path.join(directory, runId)).catch(() => [])).sort();
}

async function partialLeftovers(): Promise<string[]> {
  return readdir(path.join(directory, '.partial')).catch(() => []);
}

const text = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? []).toString('utf8');

describe('createLocalArtifactStore', () => {
  it('saves files with a manifest and loads them back', async () => {
    const info = await store.save('drydock-plan-attempt-1', { 'run-state.json': '{"a":1}', 'data.bin': new Uint8Array([0, 1, 2]) });
    expect(info).toEqual({ name: 'drydock-plan-attempt-1', runId: 'run-1', size: 10 });

    const artifactDirectory = path.join(directory, 'run-1', 'drydock-plan-attempt-1');
    expect((await readdir(artifactDirectory)).sort()).toEqual(['data.bin', 'manifest.json', 'run-state.json']);
    const manifest = JSON.parse(await readFile(path.join(artifactDirectory, 'manifest.json'), 'utf8'));
    expect(manifest).toEqual({
      manifestVersion: 1,
      files: [
        { name: 'data.bin', size: 3, sha256: createHash('sha256').update(new Uint8Array([0, 1, 2])).digest('hex') },
        { name: 'run-state.json', size: 7, sha256: createHash('sha256').update('{"a":1}').digest('hex') },
      ],
    });

    const loaded = await store.load({ name: 'drydock-plan-attempt-1' });
    expect(Object.keys(loaded).sort()).toEqual(['data.bin', 'run-state.json']);
    expect(text(loaded['run-state.json'])).toBe('{"a":1}');
    expect([...(loaded['data.bin'] ?? [])]).toEqual([0, 1, 2]);
    expect(await partialLeftovers()).toEqual([]);
  });

  it('keeps a file named __proto__ as a file', async () => {
    await store.save('odd', Object.fromEntries([['__proto__', 'not a prototype']]) as ArtifactFiles);
    const loaded = await store.load({ name: 'odd' });
    expect(Object.keys(loaded)).toEqual(['__proto__']);
  });

  it('lists the artifacts of a run, sorted, with sizes', async () => {
    await store.save('b-second', { 'x.txt': 'xx' });
    await store.save('a-first', { 'y.txt': 'y', 'z.txt': 'zzz' });
    await createLocalArtifactStore(directory, 'run-2').save('other-run', { 'o.txt': 'o' });
    expect(await store.list()).toEqual([
      { name: 'a-first', runId: 'run-1', size: 4 },
      { name: 'b-second', runId: 'run-1', size: 2 },
    ]);
    expect(await store.list({ runId: 'run-2' })).toEqual([{ name: 'other-run', runId: 'run-2', size: 1 }]);
    expect(await store.list({ runId: 'run-never' })).toEqual([]);
  });

  it('loads an artifact of another run', async () => {
    await createLocalArtifactStore(directory, 'run-0').save('plan', { 'state.json': 'earlier' });
    expect(text((await store.load({ name: 'plan', runId: 'run-0' }))['state.json'])).toBe('earlier');
    expect((await failure(store.load({ name: 'plan' }))).message).toBe("Artifact 'plan' was not found in run 'run-1'");
  });

  it('AS-001 refuses to overwrite an artifact: names are immutable', async () => {
    await store.save('plan', { 'state.json': 'first' });
    const error = await failure(store.save('plan', { 'state.json': 'second' }));
    expect(InputError.isInstance(error)).toBe(true);
    expect(error.message).toBe("Artifact 'plan' already exists in run 'run-1'; artifact names are immutable within a run");
    expect(text((await store.load({ name: 'plan' }))['state.json'])).toBe('first');
  });

  it('AS-002 refuses file and artifact names that are not flat safe names', async () => {
    for (const fileName of ['../escape', 'a/b', '..', '.', 'with\0nul', 'back\\slash', '']) {
      const error = await failure(store.save('plan', { [fileName]: 'x' }));
      expect(InputError.isInstance(error), fileName).toBe(true);
      expect(error.message).toMatch(/^Invalid file name .* in artifact 'plan': /);
    }
    expect((await failure(store.save('plan', { 'manifest.json': '{}' }))).message).toMatch(/reserved for the manifest/);
    for (const name of ['../evil', 'a/b', '..', 'x\0y', ' ']) {
      expect(InputError.isInstance(await failure(store.save(name, { 'f.txt': 'x' }))), name).toBe(true);
      expect(InputError.isInstance(await failure(store.load({ name }))), name).toBe(true);
    }
    await failure(store.load({ name: 'plan', runId: '../run-1' }));
    expect(() => createLocalArtifactStore(directory, '.partial')).toThrow(/^Invalid run name "\.partial": it starts with '\.'/);
    expect(await savedArtifacts()).toEqual([]);
    expect(await readdir(directory)).not.toContain('evil');
  });

  it('refuses an artifact without files', async () => {
    expect((await failure(store.save('empty', {}))).message).toBe("Artifact 'empty' has no files");
  });

  describe('AS-003 a failed save leaves no partial artifact', () => {
    it('when reading a file content throws half-way', async () => {
      const files = { 'a.txt': 'first file is written' } as Record<string, string>;
      Object.defineProperty(files, 'b.txt', {
        enumerable: true,
        get() {
          throw new Error('content source failed');
        },
      });
      const error = await failure(store.save('plan', files));
      expect(error.message).toMatch(/content source failed/);
      expect(await savedArtifacts()).toEqual([]);
      expect(await partialLeftovers()).toEqual([]);
      await expect(store.load({ name: 'plan' })).rejects.toThrow(/was not found/);
    });

    it('when a later file has content of the wrong type', async () => {
      const error = await failure(store.save('plan', { 'a.txt': 'fine', 'b.txt': 42 } as unknown as ArtifactFiles));
      expect(error.message).toBe("File 'b.txt' of artifact 'plan' must be a string or bytes, got number");
      expect(await savedArtifacts()).toEqual([]);
      expect(await partialLeftovers()).toEqual([]);
    });

    it('when another save of the same name lands first', async () => {
      const files = { 'a.txt': 'mine' } as Record<string, string>;
      Object.defineProperty(files, 'b.txt', {
        enumerable: true,
        get() {
          // The competing save appears after the existence check and before the rename.
          const competitor = path.join(directory, 'run-1', 'plan');
          mkdirSync(competitor, { recursive: true });
          writeFileSync(path.join(competitor, 'manifest.json'), 'theirs');
          return 'late';
        },
      });
      const error = await failure(store.save('plan', files));
      expect(error.message).toMatch(/already exists/);
      expect(await readdir(path.join(directory, 'run-1', 'plan'))).toEqual(['manifest.json']);
      expect(await partialLeftovers()).toEqual([]);
    });

    it('when the file system fails after some files were written', async () => {
      const files = { 'a.txt': 'written' } as Record<string, string>;
      Object.defineProperty(files, 'b.txt', {
        enumerable: true,
        get() {
          // Pull the half-built artifact away, so that the next write fails inside the file system.
          rmSync(path.join(directory, '.partial'), { recursive: true, force: true });
          return 'never lands';
        },
      });
      const error = await failure(store.save('plan', files));
      expect(error.message).toMatch(/^Could not save artifact 'plan' in '.*run-1': .*ENOENT/);
      expect(await savedArtifacts()).toEqual([]);
      expect(await partialLeftovers()).toEqual([]);
    });

    it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('when the run directory is not writable', async () => {
      await mkdir(path.join(directory, 'run-1'));
      await chmod(path.join(directory, 'run-1'), 0o555);
      try {
        expect((await failure(store.save('plan', { 'a.txt': 'x', 'b.txt': 'y' }))).message).toMatch(/^Could not save artifact 'plan'/);
        expect(await savedArtifacts()).toEqual([]);
        expect(await partialLeftovers()).toEqual([]);
      } finally {
        await chmod(path.join(directory, 'run-1'), 0o755);
      }
    });

    it.skipIf(process.platform === 'win32')('when the run directory cannot be created', async () => {
      await writeFile(path.join(directory, 'run-1'), 'a file where the run directory should be');
      const error = await failure(store.save('plan', { 'a.txt': 'x' }));
      expect(error.message).toMatch(/^Could not save artifact 'plan'/);
      expect(await partialLeftovers()).toEqual([]);
    });
  });

  describe('AS-004 a corrupt artifact is refused with names', () => {
    const artifactFile = (name: string): string => path.join(directory, 'run-1', 'plan', name);

    beforeEach(async () => {
      await store.save('plan', { 'state.json': '{"ok":true}', 'journal.jsonl': 'line\n' });
    });

    it('when a file was changed', async () => {
      await writeFile(artifactFile('state.json'), '{"ok":fals}');
      const error = await failure(store.load({ name: 'plan' }));
      expect(IntegrityError.isInstance(error)).toBe(true);
      expect(error.message).toBe("File 'state.json' of artifact 'plan' in run 'run-1' does not match the sha256 in its manifest.");
    });

    it('when a file was truncated or grew', async () => {
      await truncate(artifactFile('journal.jsonl'), 2);
      expect((await failure(store.load({ name: 'plan' }))).message).toBe(
        "File 'journal.jsonl' of artifact 'plan' in run 'run-1' has 2 bytes; its manifest says 5.",
      );
      await writeFile(artifactFile('journal.jsonl'), 'line\nmore\n');
      expect((await failure(store.load({ name: 'plan' }))).message).toMatch(/has 10 bytes; its manifest says 5/);
    });

    it('when a file is missing', async () => {
      await rm(artifactFile('state.json'));
      const error = await failure(store.load({ name: 'plan' }));
      expect(IntegrityError.isInstance(error)).toBe(true);
      expect(error.message).toBe("File 'state.json' of artifact 'plan' in run 'run-1' is missing; its manifest lists it.");
    });

    it('when a file the manifest does not list was added', async () => {
      await writeFile(artifactFile('extra.sh'), 'echo planted');
      expect((await failure(store.load({ name: 'plan' }))).message).toBe(
        "Artifact 'plan' in run 'run-1' holds the file 'extra.sh', which its manifest does not list.",
      );
    });

    it.skipIf(process.platform === 'win32')('when a file was replaced by a symlink', async () => {
      await writeFile(path.join(directory, 'elsewhere.json'), '{"ok":true}');
      await rm(artifactFile('state.json'));
      await symlink(path.join(directory, 'elsewhere.json'), artifactFile('state.json'));
      expect((await failure(store.load({ name: 'plan' }))).message).toMatch(/'state.json' .* is a symlink/);
    });

    it('when the manifest is missing, malformed or points outside the artifact', async () => {
      await writeFile(artifactFile('manifest.json'), '{not json');
      expect((await failure(store.load({ name: 'plan' }))).message).toMatch(/manifest.json of artifact 'plan' in run 'run-1' is not valid JSON/);

      await writeFile(artifactFile('manifest.json'), JSON.stringify({ manifestVersion: 2, files: [] }));
      expect(IntegrityError.isInstance(await failure(store.load({ name: 'plan' })))).toBe(true);

      const sha256 = createHash('sha256').update('x').digest('hex');
      await writeFile(artifactFile('manifest.json'), JSON.stringify({ manifestVersion: 1, files: [{ name: '../../secret', size: 1, sha256 }] }));
      expect((await failure(store.load({ name: 'plan' }))).message).toMatch(/lists the file "..\/..\/secret"/);

      await rm(artifactFile('manifest.json'));
      await mkdir(artifactFile('manifest.json'));
      expect((await failure(store.load({ name: 'plan' }))).message).toBe(
        "File 'manifest.json' of artifact 'plan' in run 'run-1' is not a regular file.",
      );

      await rm(artifactFile('manifest.json'), { recursive: true });
      const missing = await failure(store.load({ name: 'plan' }));
      expect(IntegrityError.isInstance(missing)).toBe(true);
      expect(missing.message).toMatch(/^Artifact 'plan' in run 'run-1' has no manifest.json/);
      await expect(store.list()).rejects.toThrow(/has no manifest.json/);
    });
  });
});
