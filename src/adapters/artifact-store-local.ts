import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DrydockError, InputError, IntegrityError } from '../core/errors.js';
import type { ArtifactFiles, ArtifactInfo, ArtifactRef, ArtifactStore } from '../core/ports/artifact-store.js';
import {
  type ArtifactManifest,
  MANIFEST_FILE_NAME,
  buildManifest,
  checkArtifactFileName,
  checkFileContent,
  checkFlatName,
  checkListedFiles,
  describeFile,
  fileSizeError,
  formatManifest,
  missingFileError,
  missingManifestError,
  parseManifest,
} from './artifact-manifest.js';
import { readFileBounded } from './bounded-file-read.js';
import { systemErrorCode } from './system-error-code.js';

/** Directory below the store's root where saves are assembled before they are renamed into place. */
const PARTIAL_DIRECTORY = '.partial';
/** A manifest larger than this is not one Drydock wrote. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

/**
 * Artifacts in a local directory, laid out as `<directory>/<runId>/<name>/` holding the files and a
 * `manifest.json` with each file's size and sha256, the stand-in for workflow artifacts when a
 * pipeline runs outside Actions.
 *
 * A save is assembled in `<directory>/.partial/` and renamed into place in one step, so an
 * artifact is either complete or absent. Names are immutable, as they are within a workflow run:
 * saving a name twice is refused. A load checks every file against the manifest.
 */
export function createLocalArtifactStore(directory: string, runId: string): ArtifactStore {
  checkRunId(runId);
  return new LocalArtifactStore(path.resolve(directory), runId);
}

class LocalArtifactStore implements ArtifactStore {
  private readonly directory: string;
  private readonly runId: string;

  constructor(directory: string, runId: string) {
    this.directory = directory;
    this.runId = runId;
  }

  async save(name: string, files: ArtifactFiles): Promise<ArtifactInfo> {
    checkFlatName('artifact', name);
    // Keys only: reading a value can run code (a getter), and that must happen inside the
    // clean-up below, not before it.
    const fileNames = Object.keys(files).sort();
    if (fileNames.length === 0) throw new InputError(`Artifact '${name}' has no files`, { where: name });
    for (const fileName of fileNames) checkArtifactFileName(name, fileName);

    const runDirectory = path.join(this.directory, this.runId);
    const target = path.join(runDirectory, name);
    const partialRoot = path.join(this.directory, PARTIAL_DIRECTORY);
    let temporary: string | undefined;
    try {
      if (await pathExists(target)) throw alreadyExists(name, this.runId);
      await mkdir(runDirectory, { recursive: true });
      await mkdir(partialRoot, { recursive: true });
      temporary = await mkdtemp(path.join(partialRoot, 'save-'));
      const contents = new Map<string, Uint8Array>();
      for (const fileName of fileNames) {
        const bytes = contentBytes(name, fileName, files[fileName]);
        await writeFile(path.join(temporary, fileName), bytes, { flag: 'wx' });
        contents.set(fileName, bytes);
      }
      const manifest = buildManifest(contents);
      await writeFile(path.join(temporary, MANIFEST_FILE_NAME), formatManifest(manifest), { flag: 'wx' });
      try {
        await rename(temporary, target);
      } catch (error) {
        // Another save of the same name won the race between the check above and this rename.
        const code = systemErrorCode(error);
        if (code === 'ENOTEMPTY' || code === 'EEXIST') throw alreadyExists(name, this.runId);
        throw error;
      }
      temporary = undefined;
      return { name, runId: this.runId, size: totalSize(manifest) };
    } catch (error) {
      if (DrydockError.isInstance(error)) throw error;
      throw new DrydockError(`Could not save artifact '${name}' in '${runDirectory}': ${String(error)}`, { cause: error });
    } finally {
      if (temporary !== undefined) await rm(temporary, { recursive: true, force: true });
    }
  }

  async load(ref: ArtifactRef): Promise<Record<string, Uint8Array>> {
    const runId = ref.runId ?? this.runId;
    checkRunId(runId);
    checkFlatName('artifact', ref.name);
    const artifact = { name: ref.name, runId };
    const artifactDirectory = path.join(this.directory, runId, ref.name);
    const manifest = await readManifest(artifactDirectory, artifact);
    checkListedFiles(artifact, manifest, await readdir(artifactDirectory));
    const loaded: Array<[string, Uint8Array]> = [];
    for (const entry of manifest.files) {
      let result;
      try {
        result = await readFileBounded(path.join(artifactDirectory, entry.name), entry.size);
      } catch (error) {
        const code = systemErrorCode(error);
        // Listed by the directory read above, removed since.
        if (code === 'ENOENT') throw missingFileError(artifact, entry.name, error);
        if (code === 'ELOOP') throw new IntegrityError(`${describeFile(artifact, entry.name)} is a symlink, not a file.`, { cause: error });
        throw error;
      }
      if (result.outcome === 'not-a-file') throw new IntegrityError(`${describeFile(artifact, entry.name)} is not a regular file.`);
      if (result.outcome === 'too-large') throw fileSizeError(artifact, entry, result.size);
      checkFileContent(artifact, entry, result.bytes);
      loaded.push([entry.name, result.bytes]);
    }
    // fromEntries defines own properties, so a file named `__proto__` stays a file.
    return Object.fromEntries(loaded);
  }

  async list(options: { runId?: string } = {}): Promise<ArtifactInfo[]> {
    const runId = options.runId ?? this.runId;
    checkRunId(runId);
    const runDirectory = path.join(this.directory, runId);
    let entries;
    try {
      entries = await readdir(runDirectory, { withFileTypes: true });
    } catch (error) {
      if (systemErrorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const infos: ArtifactInfo[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const manifest = await readManifest(path.join(runDirectory, entry.name), { name: entry.name, runId });
      infos.push({ name: entry.name, runId, size: totalSize(manifest) });
    }
    return infos.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
  }
}

async function readManifest(artifactDirectory: string, artifact: Required<ArtifactRef>): Promise<ArtifactManifest> {
  let result;
  try {
    result = await readFileBounded(path.join(artifactDirectory, MANIFEST_FILE_NAME), MAX_MANIFEST_BYTES);
  } catch (error) {
    const code = systemErrorCode(error);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    if (!(await pathExists(artifactDirectory))) {
      throw new InputError(`Artifact '${artifact.name}' was not found in run '${artifact.runId}'`, { where: artifact.name, cause: error });
    }
    throw missingManifestError(artifact, error);
  }
  if (result.outcome === 'not-a-file') throw new IntegrityError(`${describeFile(artifact, MANIFEST_FILE_NAME)} is not a regular file.`);
  if (result.outcome === 'too-large') {
    throw new IntegrityError(`${describeFile(artifact, MANIFEST_FILE_NAME)} has ${result.size} bytes, more than ${MAX_MANIFEST_BYTES}.`);
  }
  return parseManifest(artifact, result.bytes);
}

function contentBytes(artifactName: string, fileName: string, content: unknown): Uint8Array {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  if (content instanceof Uint8Array) return content;
  throw new InputError(`File '${fileName}' of artifact '${artifactName}' must be a string or bytes, got ${typeof content}`, {
    where: `${artifactName}/${fileName}`,
  });
}

function checkRunId(runId: string): void {
  checkFlatName('run', runId);
  // Names starting with a dot are the store's own (the `.partial` directory).
  if (runId.startsWith('.')) {
    throw new InputError(`Invalid run name ${JSON.stringify(runId)}: it starts with '.', which the store keeps for itself.`, {
      where: runId,
    });
  }
}

function alreadyExists(name: string, runId: string): InputError {
  return new InputError(`Artifact '${name}' already exists in run '${runId}'; artifact names are immutable within a run`, {
    where: name,
  });
}

function totalSize(manifest: ArtifactManifest): number {
  return manifest.files.reduce((sum, entry) => sum + entry.size, 0);
}

async function pathExists(candidate: string): Promise<boolean> {
  try {
    await stat(candidate);
    return true;
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT') return false;
    throw error;
  }
}
