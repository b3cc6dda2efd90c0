import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InputError, IntegrityError } from '../core/errors.js';

/** File beside the artifact's files that lists them with sizes and hashes. */
export const MANIFEST_FILE_NAME = 'manifest.json';

/**
 * Layout version. The layout (`manifestVersion`, `files: [{name, size, sha256}]`) is the one the
 * Actions artifact store writes too, so an artifact reads the same wherever it was saved.
 */
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

/** Why `name` cannot be a flat directory entry, or undefined when it can. */
export function flatNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name === '') return 'it is empty';
  if (name === '.' || name === '..') return 'it is a relative directory reference';
  const found = FORBIDDEN_CHARACTERS.exec(name);
  if (found) return `it contains ${JSON.stringify(found[0])}`;
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) return `it is longer than ${MAX_NAME_BYTES} bytes`;
  return undefined;
}

const EXPECTED_NAME = "Expected a flat name without / \\ \" * : < > ? |, control characters, '.' or '..'.";

/** Throws an InputError unless `name` is usable as an artifact or run name. */
export function checkFlatName(kind: 'Artifact' | 'Run', name: string): void {
  const problem = flatNameProblem(name);
  if (problem !== undefined) {
    throw new InputError(`${kind} name ${JSON.stringify(name)} is not valid: ${problem}. ${EXPECTED_NAME}`, { where: String(name) });
  }
}

/** Throws an InputError unless `name` may be a file of artifact `artifactName`. */
export function checkArtifactFileName(artifactName: string, name: string): void {
  const where = `${artifactName}/${name}`;
  const problem = flatNameProblem(name);
  if (problem !== undefined) {
    throw new InputError(`File name ${JSON.stringify(name)} in artifact '${artifactName}' is not valid: ${problem}. ${EXPECTED_NAME}`, {
      where,
    });
  }
  if (name === MANIFEST_FILE_NAME) {
    throw new InputError(`File name '${MANIFEST_FILE_NAME}' in artifact '${artifactName}' is reserved for the manifest`, { where });
  }
}

/** Hex sha256 of `content`. */
export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Parses a manifest read from disk. It is data from outside like any other: its file names must be
 * flat names too, or a tampered manifest could point a load at `../../somewhere`.
 */
export function parseManifest(artifactName: string, runId: string, raw: Uint8Array): ArtifactManifest {
  const label = `The ${MANIFEST_FILE_NAME} of artifact '${artifactName}' in run '${runId}'`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw).toString('utf8'));
  } catch (error) {
    throw new IntegrityError(`${label} is not valid JSON`, { cause: error });
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    throw new IntegrityError(`${label} is not a version ${MANIFEST_VERSION} manifest: ${z.prettifyError(result.error)}`);
  }
  const seen = new Set<string>();
  for (const entry of result.data.files) {
    const problem = flatNameProblem(entry.name) ?? (entry.name === MANIFEST_FILE_NAME ? 'it is the manifest itself' : undefined);
    if (problem !== undefined) throw new IntegrityError(`${label} lists the file ${JSON.stringify(entry.name)}: ${problem}`);
    if (seen.has(entry.name)) throw new IntegrityError(`${label} lists the file '${entry.name}' twice`);
    seen.add(entry.name);
  }
  return result.data;
}
