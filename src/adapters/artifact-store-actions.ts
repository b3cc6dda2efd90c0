import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DefaultArtifactClient, type Artifact, type ArtifactClient, type FindOptions } from '@actions/artifact';
import { DrydockError, ExternalServiceError, InputError, IntegrityError } from '../core/errors.js';
import type { ArtifactFiles, ArtifactInfo, ArtifactRef, ArtifactStore } from '../core/ports/artifact-store.js';
import {
  MANIFEST_FILE_NAME,
  buildManifest,
  checkArtifactFileName,
  checkFlatName,
  formatManifest,
  verifyManifest,
} from './artifact-manifest.js';
import { httpStatusOf, isArtifactNotFound, toArtifactServiceError } from './artifact-store-actions-errors.js';
import { ZipFormatError, readZipArchive } from './artifact-store-actions-zip.js';

/** Default for {@link ActionsArtifactStoreOptions.maxTotalBytes}: 100 MiB. */
export const DEFAULT_MAX_ARTIFACT_BYTES = 100 * 1024 * 1024;

/** Most files one artifact may hold, the manifest included. */
const MAX_FILES = 1000;

/** Room for zip headers on top of the content limit when checking a downloaded archive. */
const ARCHIVE_OVERHEAD_ALLOWANCE = 1024 * 1024;

/** The part of `@actions/artifact`'s client this store uses. */
export type ArtifactServiceClient = Pick<ArtifactClient, 'uploadArtifact' | 'getArtifact' | 'downloadArtifact' | 'listArtifacts'>;

/** Options for {@link createActionsArtifactStore}. */
export interface ActionsArtifactStoreOptions {
  /** Artifact client; default: a new `DefaultArtifactClient` (needs the runner's runtime token). */
  client?: ArtifactServiceClient;
  /** Token used to read artifacts of other runs and earlier attempts (needs `actions: read`). */
  token: string;
  /** Repository owner, e.g. `octo-org`. */
  owner: string;
  /** Repository name, e.g. `octo-repo`. */
  repo: string;
  /** The current workflow run id (`GITHUB_RUN_ID`). */
  runId: string;
  /** Directory for staging files on save and downloads on load, e.g. `RUNNER_TEMP`. */
  tempDirectory: string;
  /** Receives one line per artifact saved or loaded; default: nothing is logged. */
  log?: (message: string) => void;
  /** Most bytes the files of one artifact may hold together; default {@link DEFAULT_MAX_ARTIFACT_BYTES}. */
  maxTotalBytes?: number;
}

/** Where an artifact was found and how to reach it again for the download. */
interface LocatedArtifact {
  artifact: Artifact;
  findBy: FindOptions['findBy'];
}

/**
 * An {@link ArtifactStore} over GitHub Actions workflow artifacts.
 *
 * Each artifact is one zip holding flat files plus a `manifest.json` with their sizes and sha256
 * hashes. The current run is read through the runner's artifact service; other runs, and
 * earlier attempts of this run (the service only sees the current attempt), through the REST API.
 */
export function createActionsArtifactStore(options: ActionsArtifactStoreOptions): ArtifactStore {
  const currentRunId = checkRunId(options.runId, 'runId');
  for (const field of ['token', 'owner', 'repo', 'tempDirectory'] as const) {
    if (options[field].trim() === '') throw new InputError(`Artifact store option '${field}' is empty.`, { where: field });
  }
  const client = options.client ?? new DefaultArtifactClient();
  const maxTotalBytes = options.maxTotalBytes ?? DEFAULT_MAX_ARTIFACT_BYTES;
  if (!Number.isSafeInteger(maxTotalBytes) || maxTotalBytes <= 0) {
    throw new InputError(`Invalid maxTotalBytes ${maxTotalBytes}. Expected a positive whole number of bytes.`, { where: 'maxTotalBytes' });
  }
  const log = options.log ?? (() => undefined);

  function findBy(runId: string): FindOptions['findBy'] {
    return { token: options.token, workflowRunId: Number(runId), repositoryOwner: options.owner, repositoryName: options.repo };
  }

  async function makeTempDirectory(purpose: string): Promise<string> {
    await mkdir(options.tempDirectory, { recursive: true });
    return mkdtemp(join(options.tempDirectory, `drydock-artifact-${purpose}-`));
  }

  async function locate(name: string, runId: string): Promise<LocatedArtifact | undefined> {
    if (runId === currentRunId) {
      try {
        const { artifact } = await client.getArtifact(name);
        return { artifact, findBy: undefined };
      } catch (error) {
        if (!isArtifactNotFound(error)) throw toArtifactServiceError(error, { verb: 'load', artifactName: name, runId });
      }
    }
    try {
      const { artifact } = await client.getArtifact(name, { findBy: findBy(runId) });
      return { artifact, findBy: findBy(runId) };
    } catch (error) {
      // The REST API answers 404 for a run it does not know (or cannot show); both mean "not found here".
      if (isArtifactNotFound(error) || httpStatusOf(error) === 404) return undefined;
      throw toArtifactServiceError(error, { verb: 'load', artifactName: name, runId });
    }
  }

  async function download(name: string, runId: string, located: LocatedArtifact): Promise<Uint8Array> {
    const directory = await makeTempDirectory('load');
    try {
      const response = await client
        .downloadArtifact(located.artifact.id, {
          path: directory,
          // We unpack the zip ourselves, with limits; see artifact-store-actions-zip.ts.
          skipDecompress: true,
          ...(located.artifact.digest ? { expectedHash: located.artifact.digest } : {}),
          ...(located.findBy ? { findBy: located.findBy } : {}),
        })
        .catch((error: unknown) => {
          throw toArtifactServiceError(error, { verb: 'load', artifactName: name, runId });
        });
      if (response.digestMismatch) {
        throw new IntegrityError(`Artifact '${name}' (run ${runId}) does not match the digest the artifact service recorded for it.`, {
          expected: located.artifact.digest,
        });
      }
      const entries = await readdir(directory);
      const [archiveName] = entries;
      if (entries.length !== 1 || archiveName === undefined) {
        throw new IntegrityError(`Download of artifact '${name}' (run ${runId}) produced ${entries.length} files; expected one zip.`);
      }
      const archivePath = join(directory, archiveName);
      const { size } = await stat(archivePath);
      checkArchiveSize(name, runId, size);
      return await readFile(archivePath);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }

  function checkArchiveSize(name: string, runId: string, size: number): void {
    if (size > maxTotalBytes + ARCHIVE_OVERHEAD_ALLOWANCE) {
      throw new InputError(
        `Artifact '${name}' (run ${runId}) is ${size} bytes, more than the limit of ${maxTotalBytes}; refusing to load it.`,
        { where: name },
      );
    }
  }

  async function listRun(runId: string, find: FindOptions['findBy']): Promise<ArtifactInfo[]> {
    try {
      const { artifacts } = await client.listArtifacts({ latest: true, ...(find ? { findBy: find } : {}) });
      return artifacts.map((artifact) => ({ name: artifact.name, runId, size: artifact.size }));
    } catch (error) {
      throw toArtifactServiceError(error, { verb: 'list', runId });
    }
  }

  return {
    async save(name: string, files: ArtifactFiles): Promise<ArtifactInfo> {
      checkFlatName('artifact', name);
      const contents = new Map<string, Uint8Array>();
      let totalBytes = 0;
      for (const [fileName, content] of Object.entries(files)) {
        checkArtifactFileName(name, fileName);
        const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        totalBytes += bytes.byteLength;
        contents.set(fileName, bytes);
      }
      if (contents.size + 1 > MAX_FILES) {
        throw new InputError(`Artifact '${name}' has ${contents.size} files, more than the limit of ${MAX_FILES - 1}.`, { where: name });
      }
      const manifest = Buffer.from(formatManifest(buildManifest(contents)), 'utf8');
      if (totalBytes + manifest.byteLength > maxTotalBytes) {
        throw new InputError(`Artifact '${name}' holds ${totalBytes} bytes, more than the limit of ${maxTotalBytes}.`, { where: name });
      }

      const directory = await makeTempDirectory('save');
      try {
        const paths = await writeFiles(directory, name, new Map([...contents, [MANIFEST_FILE_NAME, manifest]]));
        const uploaded = await client.uploadArtifact(name, paths, directory).catch((error: unknown) => {
          throw toArtifactServiceError(error, { verb: 'save', artifactName: name, runId: currentRunId });
        });
        const size = uploaded.size ?? totalBytes;
        log(`Saved artifact '${name}' to run ${currentRunId}: ${contents.size} files, ${size} bytes.`);
        return { name, runId: currentRunId, size };
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    },

    async load(ref: ArtifactRef): Promise<Record<string, Uint8Array>> {
      checkFlatName('artifact', ref.name);
      const runId = ref.runId === undefined ? currentRunId : checkRunId(ref.runId, 'runId');
      const located = await locate(ref.name, runId);
      if (located === undefined) {
        const hint = runId === currentRunId ? '' : ' The token needs `actions: read` on the repository.';
        throw new InputError(`Artifact '${ref.name}' not found in run ${runId} of ${options.owner}/${options.repo}.${hint}`, {
          where: ref.name,
        });
      }
      checkArchiveSize(ref.name, runId, located.artifact.size);
      const archive = await download(ref.name, runId, located);
      let entries: Map<string, Uint8Array>;
      try {
        entries = readZipArchive(archive, { maxTotalBytes, maxEntries: MAX_FILES });
      } catch (error) {
        if (!(error instanceof ZipFormatError)) throw error;
        const file = error.entryName === undefined ? '' : ` (file '${error.entryName}')`;
        throw new IntegrityError(`Artifact '${ref.name}' (run ${runId}) is not a valid Drydock artifact${file}: ${error.message}.`, {
          cause: error,
        });
      }
      const files = verifyManifest({ name: ref.name, runId }, entries);
      const source = located.findBy === undefined ? 'this attempt' : runId === currentRunId ? 'an earlier attempt' : `run ${runId}`;
      log(`Loaded artifact '${ref.name}' from ${source}: ${Object.keys(files).length} files verified.`);
      return files;
    },

    async list(listOptions: { runId?: string } = {}): Promise<ArtifactInfo[]> {
      const runId = listOptions.runId === undefined ? currentRunId : checkRunId(listOptions.runId, 'runId');
      if (runId !== currentRunId) return listRun(runId, findBy(runId));
      const current = await listRun(runId, undefined);
      const earlier = await listRun(runId, findBy(runId)).catch((error: unknown) => {
        // Earlier attempts are only reachable with `actions: read`; without it, list what this attempt can see.
        if (ExternalServiceError.isInstance(error) && (error.status === 401 || error.status === 403)) {
          log(`Listing earlier attempts of run ${runId} was refused (${error.status}); listing this attempt only.`);
          return [];
        }
        throw error;
      });
      const seen = new Set(current.map((artifact) => artifact.name));
      return [...current, ...earlier.filter((artifact) => !seen.has(artifact.name))];
    },
  };
}

function checkRunId(runId: string, where: string): string {
  if (!/^[1-9]\d{0,15}$/.test(runId) || !Number.isSafeInteger(Number(runId))) {
    throw new InputError(`Invalid run id ${JSON.stringify(runId)}. Expected a positive integer such as GITHUB_RUN_ID.`, { where });
  }
  return runId;
}

async function writeFiles(directory: string, artifactName: string, files: ReadonlyMap<string, Uint8Array>): Promise<string[]> {
  const paths: string[] = [];
  for (const [fileName, content] of files) {
    const path = join(directory, fileName);
    try {
      // `wx`: the directory is fresh, so an existing file means something else is writing here.
      await writeFile(path, content, { flag: 'wx' });
    } catch (error) {
      throw new DrydockError(`Could not stage file '${fileName}' of artifact '${artifactName}' for upload; nothing was uploaded.`, {
        cause: error,
      });
    }
    paths.push(path);
  }
  return paths;
}
