import { describe, expect, it } from 'vitest';
import {
  MANIFEST_FILE_NAME,
  buildManifest,
  checkArtifactFileName,
  checkFlatName,
  formatManifest,
  parseManifest,
  verifyManifest,
} from '../../src/adapters/artifact-manifest.js';
import { InputError, IntegrityError } from '../../src/core/errors.js';

const bytes = (value: string) => Buffer.from(value, 'utf8');
const PLAN = { name: 'plan', runId: '42' };
const SHA256_OF_X = '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881';

function contentsOf(files: Record<string, string>): Map<string, Uint8Array> {
  return new Map(Object.entries(files).map(([name, value]): [string, Uint8Array] => [name, bytes(value)]));
}

function withManifest(files: Record<string, string>, manifest: unknown = buildManifest(contentsOf(files))): Map<string, Uint8Array> {
  return new Map([[MANIFEST_FILE_NAME, bytes(JSON.stringify(manifest))], ...contentsOf(files)]);
}

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

describe('artifact manifest', () => {
  it('lists files sorted by name with size and sha256, and writes them as indented JSON', () => {
    const manifest = buildManifest(new Map([['b.txt', bytes('b')], ['a.txt', bytes('')]]));
    expect(manifest).toEqual({
      manifestVersion: 1,
      files: [
        { name: 'a.txt', size: 0, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
        { name: 'b.txt', size: 1, sha256: '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d' },
      ],
    });
    expect(formatManifest(manifest)).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
    expect(parseManifest(PLAN, bytes(formatManifest(manifest)))).toEqual(manifest);
  });

  it('returns verified files without the manifest, keeping odd but flat names as files', () => {
    const files = verifyManifest(PLAN, withManifest({ 'state.json': '{}', ['__proto__']: 'x' }));
    expect(Object.keys(files).sort()).toEqual(['__proto__', 'state.json']);
    expect(Object.getPrototypeOf(files)).toBe(Object.prototype);
  });

  it('refuses a file the manifest does not list, naming the artifact, the run and the file', () => {
    const files = withManifest({ 'a.txt': 'a' });
    files.set('smuggled.sh', bytes('rm -rf /'));
    expect(() => verifyManifest(PLAN, files)).toThrow(
      "Artifact 'plan' in run '42' holds the file 'smuggled.sh', which its manifest does not list.",
    );
  });

  it('refuses a listed file that is missing', () => {
    const files = withManifest({ 'a.txt': 'a', 'b.txt': 'b' });
    files.delete('b.txt');
    const error = thrownBy(() => verifyManifest(PLAN, files));
    expect(IntegrityError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      message: "File 'b.txt' of artifact 'plan' in run '42' is missing; its manifest lists it.",
      expected: 'b.txt',
    });
  });

  it('refuses a size or a sha256 that differs from the manifest and names the file', () => {
    const wrongSize = { manifestVersion: 1, files: [{ name: 'a.txt', size: 5, sha256: '0'.repeat(64) }] };
    const sizeError = thrownBy(() => verifyManifest(PLAN, withManifest({ 'a.txt': 'a' }, wrongSize)));
    expect(IntegrityError.isInstance(sizeError)).toBe(true);
    expect(sizeError).toMatchObject({
      message: "File 'a.txt' of artifact 'plan' in run '42' has 1 bytes; its manifest says 5.",
      expected: '5',
      actual: '1',
    });

    const wrongHash = { manifestVersion: 1, files: [{ name: 'a.txt', size: 1, sha256: SHA256_OF_X }] };
    const hashError = thrownBy(() => verifyManifest({ name: 'plan' }, withManifest({ 'a.txt': 'a' }, wrongHash)));
    expect(IntegrityError.isInstance(hashError)).toBe(true);
    expect(hashError).toMatchObject({
      message: "File 'a.txt' of artifact 'plan' does not match the sha256 in its manifest.",
      expected: SHA256_OF_X,
    });
  });

  it('refuses a missing, malformed or unknown-version manifest', () => {
    expect(() => verifyManifest(PLAN, new Map([['a.txt', bytes('a')]]))).toThrow(
      "Artifact 'plan' in run '42' has no manifest.json; it was not saved by Drydock or is incomplete.",
    );
    expect(() => verifyManifest(PLAN, new Map([[MANIFEST_FILE_NAME, bytes('{')]]))).toThrow(
      "The manifest.json of artifact 'plan' in run '42' is not valid JSON.",
    );
    expect(() => verifyManifest(PLAN, withManifest({}, { manifestVersion: 2, files: [] }))).toThrow(/has version 2; expected 1/);
    expect(() => verifyManifest(PLAN, withManifest({}, null))).toThrow(/has version undefined; expected 1/);
    const malformed = [
      undefined,
      [{ name: 'a', size: -0.5 }],
      [{ name: 'a', size: 1, sha256: 'ABC' }],
      [{ name: 7, size: 1, sha256: SHA256_OF_X }],
    ];
    for (const files of malformed) {
      const error = thrownBy(() => verifyManifest(PLAN, withManifest({}, { manifestVersion: 1, files })));
      expect(IntegrityError.isInstance(error), JSON.stringify(files)).toBe(true);
      expect((error as Error).message, JSON.stringify(files)).toMatch(
        /^The manifest.json of artifact 'plan' in run '42' does not list files as \{name, size, sha256\}: ./,
      );
    }
  });

  it('refuses a manifest that lists a file twice, outside the artifact, or itself', () => {
    const entry = (name: string) => ({ name, size: 1, sha256: SHA256_OF_X });
    const parse = (...names: string[]) => () => parseManifest(PLAN, bytes(JSON.stringify({ manifestVersion: 1, files: names.map(entry) })));
    expect(parse('x.txt', 'x.txt')).toThrow("The manifest.json of artifact 'plan' in run '42' lists the file 'x.txt' twice.");
    expect(parse('../../secret')).toThrow('lists the file "../../secret": it contains "/".');
    expect(parse(' ')).toThrow('lists the file " ": it is empty or blank.');
    expect(parse(MANIFEST_FILE_NAME)).toThrow('lists the file "manifest.json": it is the manifest itself.');
    expect(IntegrityError.isInstance(thrownBy(parse('..')))).toBe(true);
  });

  it('accepts flat file names and refuses the rest with an InputError naming the artifact and the file', () => {
    expect(() => checkArtifactFileName('plan', 'run-state.json')).not.toThrow();
    expect(() => checkArtifactFileName('plan', '.hidden')).not.toThrow();
    const refused = ['', ' ', '.', '..', 'a/b', 'a\\b', 'a\0b', 'a:b', 'line\nbreak', 'tab\there', 'x'.repeat(256), MANIFEST_FILE_NAME];
    for (const name of refused) {
      const error = thrownBy(() => checkArtifactFileName('plan', name));
      expect(InputError.isInstance(error), JSON.stringify(name)).toBe(true);
      expect((error as InputError).where).toBe(`plan/${name}`);
      expect((error as InputError).message).toMatch(/in artifact 'plan'/);
    }
    expect(() => checkArtifactFileName('plan', 'a/b')).toThrow(
      `Invalid file name "a/b" in artifact 'plan': it contains "/". Expected a flat name of at most 255 bytes`,
    );
    expect(() => checkArtifactFileName('plan', MANIFEST_FILE_NAME)).toThrow(
      "File name 'manifest.json' in artifact 'plan' is reserved for the manifest.",
    );
  });

  it('refuses artifact and run names the service or the file system would refuse', () => {
    expect(() => checkFlatName('artifact', 'drydock-plan-attempt-1')).not.toThrow();
    expect(() => checkFlatName('artifact', ' ')).toThrow('Invalid artifact name " ": it is empty or blank.');
    expect(() => checkFlatName('artifact', 'x'.repeat(256))).toThrow(/longer than 255 bytes/);
    expect(() => checkFlatName('artifact', 'a|b')).toThrow(/contains "\|"/);
    const error = thrownBy(() => checkFlatName('run', '..'));
    expect(InputError.isInstance(error)).toBe(true);
    expect((error as InputError).message).toMatch(/^Invalid run name "\.\.": it is a relative directory reference\./);
    expect((error as InputError).where).toBe('..');
  });
});
