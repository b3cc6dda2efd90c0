import { describe, expect, it } from 'vitest';
import {
  MANIFEST_FILE_NAME,
  buildManifest,
  checkArtifactFileName,
  checkArtifactName,
  verifyManifest,
} from '../../src/adapters/artifact-store-actions-manifest.js';
import { InputError, IntegrityError } from '../../src/core/errors.js';

const bytes = (value: string) => Buffer.from(value, 'utf8');

function withManifest(files: Record<string, string>, manifest: unknown = buildManifest(new Map(Object.entries(files).map(([name, value]) => [name, bytes(value)])))) {
  return new Map<string, Uint8Array>([
    [MANIFEST_FILE_NAME, bytes(JSON.stringify(manifest))],
    ...Object.entries(files).map(([name, value]): [string, Uint8Array] => [name, bytes(value)]),
  ]);
}

describe('artifact manifest', () => {
  it('lists files sorted by name with size and sha256', () => {
    expect(buildManifest(new Map([['b.txt', bytes('b')], ['a.txt', bytes('')]]))).toEqual({
      manifestVersion: 1,
      files: [
        { name: 'a.txt', size: 0, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
        { name: 'b.txt', size: 1, sha256: '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d' },
      ],
    });
  });

  it('returns verified files without the manifest, keeping odd but flat names as files', () => {
    const files = verifyManifest('plan', withManifest({ 'state.json': '{}', ['__proto__']: 'x' }));
    expect(Object.keys(files).sort()).toEqual(['__proto__', 'state.json']);
    expect(Object.getPrototypeOf(files)).toBe(Object.prototype);
  });

  it('refuses a file the manifest does not list', () => {
    const files = withManifest({ 'a.txt': 'a' });
    files.set('smuggled.sh', bytes('rm -rf /'));
    expect(() => verifyManifest('plan', files)).toThrow("Artifact 'plan' holds file 'smuggled.sh' that its manifest does not list.");
  });

  it('refuses a size that differs from the manifest and names the file', () => {
    const manifest = { manifestVersion: 1, files: [{ name: 'a.txt', size: 5, sha256: '0'.repeat(64) }] };
    const error = (() => {
      try {
        return verifyManifest('plan', withManifest({ 'a.txt': 'a' }, manifest));
      } catch (caught) {
        return caught;
      }
    })();
    expect(IntegrityError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ message: "File 'a.txt' in artifact 'plan' has 1 bytes; the manifest says 5.", expected: '5', actual: '1' });
  });

  it('refuses a missing, malformed or unknown-version manifest', () => {
    expect(() => verifyManifest('plan', new Map([['a.txt', bytes('a')]]))).toThrow(/Artifact 'plan' has no manifest.json/);
    expect(() => verifyManifest('plan', new Map([[MANIFEST_FILE_NAME, bytes('{')]]))).toThrow(/not valid JSON/);
    expect(() => verifyManifest('plan', withManifest({}, { manifestVersion: 2, files: [] }))).toThrow(/has version 2; expected 1/);
    expect(() => verifyManifest('plan', withManifest({}, { manifestVersion: 1, files: [{ name: 'a', size: -0.5 }] }))).toThrow(
      /does not list files as \{name, size, sha256\}/,
    );
  });

  it('accepts flat file names and refuses the rest with an InputError naming the file', () => {
    expect(() => checkArtifactFileName('plan', 'run-state.json')).not.toThrow();
    expect(() => checkArtifactFileName('plan', '.hidden')).not.toThrow();
    for (const name of ['', '.', '..', 'a/b', 'a\\b', 'a\0b', 'a:b', 'line\nbreak', 'tab\there', MANIFEST_FILE_NAME]) {
      let caught: unknown;
      try {
        checkArtifactFileName('plan', name);
      } catch (error) {
        caught = error;
      }
      expect(InputError.isInstance(caught), JSON.stringify(name)).toBe(true);
      expect((caught as InputError).where).toBe(`plan/${name}`);
    }
  });

  it('refuses artifact names the service would refuse', () => {
    expect(() => checkArtifactName('drydock-plan-attempt-1')).not.toThrow();
    expect(() => checkArtifactName(' ')).toThrow('Invalid artifact name " ": it is empty.');
    expect(() => checkArtifactName('x'.repeat(256))).toThrow(/longer than 255 bytes/);
    expect(() => checkArtifactName('a|b')).toThrow(/contains "\|"/);
  });
});
