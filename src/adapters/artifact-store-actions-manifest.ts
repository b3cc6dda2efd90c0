import { createHash } from 'node:crypto';
import { InputError, IntegrityError } from '../core/errors.js';

/** File inside every artifact that lists the other files with their sizes and hashes. */
export const MANIFEST_FILE_NAME = 'manifest.json';

/** Version of the manifest layout; a manifest of another version is refused. */
export const MANIFEST_VERSION = 1;

/** One file listed in a manifest. */
export interface ManifestEntry {
  /** Flat file name. */
  name: string;
  /** Size in bytes. */
  size: number;
  /** Hex sha256 of the content. */
  sha256: string;
}

/** What `manifest.json` holds. */
export interface ArtifactManifest {
  /** Layout version, {@link MANIFEST_VERSION}. */
  manifestVersion: number;
  /** Files of the artifact, sorted by name; the manifest itself is not listed. */
  files: ManifestEntry[];
}

// What the artifact service refuses in names (NTFS rules), what would let a name leave its
// directory, and control characters, which no file name needs. The same rule as the local store.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_NAME_CHARACTERS = /["*:<>?|\\/\u0000-\u001f\u007f]/;
/** Longest name most file systems accept, in bytes. */
const MAX_NAME_BYTES = 255;
const EXPECTED_NAME = 'Expected a flat name without / \\ " * : < > ? | or control characters.';

/** Why `name` cannot be a flat name, or undefined when it can. */
function nameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'it is empty';
  if (name === '.' || name === '..') return 'it is a relative directory reference';
  const found = FORBIDDEN_NAME_CHARACTERS.exec(name);
  if (found) return `it contains ${JSON.stringify(found[0])}`;
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) return `it is longer than ${MAX_NAME_BYTES} bytes`;
  return undefined;
}

/** Throws an InputError unless `name` is usable as an artifact name. */
export function checkArtifactName(name: string): void {
  const problem = nameProblem(name);
  if (problem !== undefined) {
    throw new InputError(`Invalid artifact name ${JSON.stringify(name)}: ${problem}. ${EXPECTED_NAME}`, { where: name });
  }
}

/** Throws an InputError unless `name` is a flat file name that may go into an artifact. */
export function checkArtifactFileName(artifactName: string, name: string): void {
  const where = `${artifactName}/${name}`;
  const problem = nameProblem(name);
  if (problem !== undefined) {
    throw new InputError(`Invalid file name ${JSON.stringify(name)} in artifact '${artifactName}': ${problem}. ${EXPECTED_NAME}`, {
      where,
    });
  }
  if (name === MANIFEST_FILE_NAME) {
    throw new InputError(`File name '${MANIFEST_FILE_NAME}' in artifact '${artifactName}' is reserved for the manifest.`, { where });
  }
}

/** The manifest for the given file contents. */
export function buildManifest(files: ReadonlyMap<string, Uint8Array>): ArtifactManifest {
  const names = [...files.keys()].sort();
  return {
    manifestVersion: MANIFEST_VERSION,
    files: names.map((name) => {
      const content = files.get(name) as Uint8Array;
      return { name, size: content.byteLength, sha256: sha256Hex(content) };
    }),
  };
}

/**
 * Checks the files of a downloaded artifact against its manifest and returns them without the
 * manifest. Every listed file must be present with the listed size and hash, and no other
 * file may be present.
 */
export function verifyManifest(artifactName: string, files: ReadonlyMap<string, Uint8Array>): Record<string, Uint8Array> {
  const raw = files.get(MANIFEST_FILE_NAME);
  if (raw === undefined) {
    throw new IntegrityError(`Artifact '${artifactName}' has no ${MANIFEST_FILE_NAME}; it was not saved by Drydock or is incomplete.`);
  }
  const manifest = parseManifest(artifactName, raw);
  const verified = new Map<string, Uint8Array>();
  for (const entry of manifest.files) {
    const content = files.get(entry.name);
    if (content === undefined) {
      throw new IntegrityError(`Artifact '${artifactName}' is missing file '${entry.name}' listed in its manifest.`, {
        expected: entry.name,
      });
    }
    if (content.byteLength !== entry.size) {
      throw new IntegrityError(
        `File '${entry.name}' in artifact '${artifactName}' has ${content.byteLength} bytes; the manifest says ${entry.size}.`,
        { expected: String(entry.size), actual: String(content.byteLength) },
      );
    }
    const actual = sha256Hex(content);
    if (actual !== entry.sha256) {
      throw new IntegrityError(`File '${entry.name}' in artifact '${artifactName}' does not match the sha256 in its manifest.`, {
        expected: entry.sha256,
        actual,
      });
    }
    verified.set(entry.name, content);
  }
  for (const name of files.keys()) {
    if (name !== MANIFEST_FILE_NAME && !verified.has(name)) {
      throw new IntegrityError(`Artifact '${artifactName}' holds file '${name}' that its manifest does not list.`, { actual: name });
    }
  }
  // fromEntries defines own properties, so a file named `__proto__` stays a file.
  return Object.fromEntries(verified);
}

function parseManifest(artifactName: string, raw: Uint8Array): ArtifactManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw).toString('utf8'));
  } catch (error) {
    throw new IntegrityError(`The ${MANIFEST_FILE_NAME} of artifact '${artifactName}' is not valid JSON.`, { cause: error });
  }
  const candidate = parsed as Partial<ArtifactManifest> | null;
  if (candidate?.manifestVersion !== MANIFEST_VERSION) {
    throw new IntegrityError(
      `The ${MANIFEST_FILE_NAME} of artifact '${artifactName}' has version ${JSON.stringify(candidate?.manifestVersion)}; expected ${MANIFEST_VERSION}.`,
      { expected: String(MANIFEST_VERSION), actual: String(candidate?.manifestVersion) },
    );
  }
  const entries = Array.isArray(candidate.files) ? candidate.files : undefined;
  const valid =
    entries?.every(
      (entry: Partial<ManifestEntry> | null) =>
        typeof entry?.name === 'string' &&
        Number.isSafeInteger(entry.size) &&
        typeof entry.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(entry.sha256),
    ) ?? false;
  if (!entries || !valid) {
    throw new IntegrityError(`The ${MANIFEST_FILE_NAME} of artifact '${artifactName}' does not list files as {name, size, sha256}.`);
  }
  return { manifestVersion: MANIFEST_VERSION, files: entries };
}

function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
