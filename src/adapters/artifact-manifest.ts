import { z } from 'zod';
import { sha256 } from '../core/canonical-json.js';
import { InputError, IntegrityError } from '../core/errors.js';
import type { ArtifactRef } from '../core/ports/artifact-store.js';

// The manifest of a Drydock artifact, shared by the local and the Actions stores so an artifact reads
// the same wherever it was saved. Bad names are InputErrors; a manifest or file that does not match
// is an IntegrityError naming the artifact, its run where known, and the file.

/** File beside the artifact's files that lists them with sizes and hashes; no artifact file may take its name. */
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

const manifestSchema = z.object({
  manifestVersion: z.literal(MANIFEST_VERSION),
  files: z.array(
    z.object({
      name: z.string(),
      size: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});

// What the artifact service refuses in names (NTFS rules), what would let a name leave its
// directory, and control characters, which no file name needs.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /["*:<>?|\\/\u0000-\u001f\u007f]/;
/** Longest name most file systems accept, in bytes. */
const MAX_NAME_BYTES = 255;
const EXPECTED_NAME =
  `Expected a flat name of at most ${MAX_NAME_BYTES} bytes without / \\ " * : < > ? |, control characters, '.' or '..'.`;

/** Why `name` cannot be a flat directory entry, or undefined when it can. */
function flatNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.trim() === '') return 'it is empty or blank';
  if (name === '.' || name === '..') return 'it is a relative directory reference';
  const found = FORBIDDEN_CHARACTERS.exec(name);
  if (found) return `it contains ${JSON.stringify(found[0])}`;
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) return `it is longer than ${MAX_NAME_BYTES} bytes`;
  return undefined;
}

/** Throws an InputError unless `name` is usable as an artifact or run name (one directory level). */
export function checkFlatName(kind: 'artifact' | 'run', name: string): void {
  const problem = flatNameProblem(name);
  if (problem !== undefined) {
    throw new InputError(`Invalid ${kind} name ${JSON.stringify(name)}: ${problem}. ${EXPECTED_NAME}`, { where: name });
  }
}

/** Throws an InputError unless `name` is a flat file name that may go into artifact `artifactName`. */
export function checkArtifactFileName(artifactName: string, name: string): void {
  const where = `${artifactName}/${name}`;
  const problem = flatNameProblem(name);
  if (problem !== undefined) {
    throw new InputError(`Invalid file name ${JSON.stringify(name)} in artifact '${artifactName}': ${problem}. ${EXPECTED_NAME}`, {
      where,
    });
  }
  if (name === MANIFEST_FILE_NAME) {
    throw new InputError(`File name '${MANIFEST_FILE_NAME}' in artifact '${artifactName}' is reserved for the manifest.`, { where });
  }
}

/** The manifest for the given file contents, listed by name. */
export function buildManifest(files: ReadonlyMap<string, Uint8Array>): ArtifactManifest {
  return {
    manifestVersion: MANIFEST_VERSION,
    files: [...files.keys()].sort().map((name) => {
      const content = files.get(name) as Uint8Array;
      return { name, size: content.byteLength, sha256: sha256(content) };
    }),
  };
}

/** The text written to `manifest.json`. */
export function formatManifest(manifest: ArtifactManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** `'name' in run 'id'`, or `'name'` when the run is not known. */
function artifactLabel(artifact: ArtifactRef): string {
  return artifact.runId === undefined ? `'${artifact.name}'` : `'${artifact.name}' in run '${artifact.runId}'`;
}

/** The start of a message about one file: `File 'state.json' of artifact 'plan' in run '42'`. */
export function describeFile(artifact: ArtifactRef, fileName: string): string {
  return `File '${fileName}' of artifact ${artifactLabel(artifact)}`;
}

/** The error for an artifact without a manifest. */
export function missingManifestError(artifact: ArtifactRef, cause?: unknown): IntegrityError {
  const message = `Artifact ${artifactLabel(artifact)} has no ${MANIFEST_FILE_NAME}; it was not saved by Drydock or is incomplete.`;
  return new IntegrityError(message, { cause });
}

/** The error for a file the manifest lists but the artifact does not hold. */
export function missingFileError(artifact: ArtifactRef, fileName: string, cause?: unknown): IntegrityError {
  return new IntegrityError(`${describeFile(artifact, fileName)} is missing; its manifest lists it.`, { expected: fileName, cause });
}

/**
 * Parses a manifest. It is data from outside like any other: its file names must be flat, distinct
 * and not the manifest's own, or a tampered manifest could point a load at `../../somewhere`.
 */
export function parseManifest(artifact: ArtifactRef, raw: Uint8Array): ArtifactManifest {
  const label = `The ${MANIFEST_FILE_NAME} of artifact ${artifactLabel(artifact)}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw).toString('utf8'));
  } catch (error) {
    throw new IntegrityError(`${label} is not valid JSON.`, { cause: error });
  }
  const version = (parsed as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (version !== MANIFEST_VERSION) {
    throw new IntegrityError(`${label} has version ${JSON.stringify(version)}; expected ${MANIFEST_VERSION}.`, {
      expected: String(MANIFEST_VERSION),
      actual: String(version),
    });
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    throw new IntegrityError(`${label} does not list files as {name, size, sha256}: ${z.prettifyError(result.error)}`);
  }
  const seen = new Set<string>();
  for (const { name } of result.data.files) {
    const problem = flatNameProblem(name) ?? (name === MANIFEST_FILE_NAME ? 'it is the manifest itself' : undefined);
    if (problem !== undefined) throw new IntegrityError(`${label} lists the file ${JSON.stringify(name)}: ${problem}.`);
    if (seen.has(name)) throw new IntegrityError(`${label} lists the file '${name}' twice.`);
    seen.add(name);
  }
  return result.data;
}

/** Throws an IntegrityError when the artifact holds a file its manifest does not list, or lacks one it lists. */
export function checkListedFiles(artifact: ArtifactRef, manifest: ArtifactManifest, present: Iterable<string>): void {
  const presentNames = new Set(present);
  const listed = new Set(manifest.files.map((entry) => entry.name));
  for (const name of presentNames) {
    if (name !== MANIFEST_FILE_NAME && !listed.has(name)) {
      const message = `Artifact ${artifactLabel(artifact)} holds the file '${name}', which its manifest does not list.`;
      throw new IntegrityError(message, { actual: name });
    }
  }
  for (const name of listed) {
    if (!presentNames.has(name)) throw missingFileError(artifact, name);
  }
}

/** The error for a file of `size` bytes whose manifest entry lists another size. */
export function fileSizeError(artifact: ArtifactRef, entry: ManifestEntry, size: number): IntegrityError {
  return new IntegrityError(`${describeFile(artifact, entry.name)} has ${size} bytes; its manifest says ${entry.size}.`, {
    expected: String(entry.size),
    actual: String(size),
  });
}

/** Throws an IntegrityError unless `content` has the size and sha256 its manifest entry lists. */
export function checkFileContent(artifact: ArtifactRef, entry: ManifestEntry, content: Uint8Array): void {
  if (content.byteLength !== entry.size) throw fileSizeError(artifact, entry, content.byteLength);
  const actual = sha256(content);
  if (actual !== entry.sha256) {
    throw new IntegrityError(`${describeFile(artifact, entry.name)} does not match the sha256 in its manifest.`, {
      expected: entry.sha256,
      actual,
    });
  }
}

/**
 * Checks the files of an artifact held in memory against its manifest and returns them without the
 * manifest: every listed file present with the listed size and hash, and no other file.
 */
export function verifyManifest(artifact: ArtifactRef, files: ReadonlyMap<string, Uint8Array>): Record<string, Uint8Array> {
  const raw = files.get(MANIFEST_FILE_NAME);
  if (raw === undefined) throw missingManifestError(artifact);
  const manifest = parseManifest(artifact, raw);
  checkListedFiles(artifact, manifest, files.keys());
  const verified: Array<[string, Uint8Array]> = [];
  for (const entry of manifest.files) {
    const content = files.get(entry.name) as Uint8Array; // present: checked above
    checkFileContent(artifact, entry, content);
    verified.push([entry.name, content]);
  }
  // fromEntries defines own properties, so a file named `__proto__` stays a file.
  return Object.fromEntries(verified);
}
