import { randomUUID } from 'node:crypto';
import { sha256 } from '../core/canonical-json.js';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseContextIndex, serializeContextIndex } from '../core/context/context-index-json.js';
import type { ContextIndex } from '../core/context/context-index.js';
import { systemErrorCode } from './system-error-code.js';

/** Cached indexes kept per directory; the least recently written beyond this are removed. */
export const MAXIMUM_CACHED_INDEXES = 8;

const FILE_PREFIX = 'context-index-';

/** A directory of serialized context indexes, one file per key. */
export interface ContextIndexCache {
  /** Absolute path of the directory. */
  readonly directory: string;
  /** The index cached for `key`, or undefined when there is none or it is unreadable, damaged or of another format. */
  load(key: string): Promise<ContextIndex | undefined>;
  /** Writes the index under its key (atomically: temp file, then rename) and returns the file's path. */
  save(index: ContextIndex): Promise<string>;
}

/**
 * The default cache directory, `.drydock/cache` under the system's temporary directory: outside
 * any checkout, so the cache can never end up among a repository's tracked files. In Actions,
 * point it at a directory that `actions/cache` saves and restores.
 */
export function defaultContextCacheDirectory(): string {
  return path.join(tmpdir(), '.drydock', 'cache');
}

/** The cache file name of a key: a digest, so any key is a safe file name. */
export function cacheFileName(key: string): string {
  return `${FILE_PREFIX}${sha256(key).slice(0, 32)}.json`;
}

/** A cache in `directory` (created on the first save). */
export function createContextIndexCache(directory: string): ContextIndexCache {
  const root = path.resolve(directory);
  return {
    directory: root,
    async load(key) {
      let text: string;
      try {
        text = await readFile(path.join(root, cacheFileName(key)), 'utf8');
      } catch (error) {
        if (systemErrorCode(error) === 'ENOENT' || systemErrorCode(error) === 'ENOTDIR') return undefined;
        throw error;
      }
      return parseContextIndex(text, key);
    },
    async save(index) {
      // Private to the user: the index lists the repository's paths and names.
      await mkdir(root, { recursive: true, mode: 0o700 });
      const target = path.join(root, cacheFileName(index.key));
      const temporary = path.join(root, `.${FILE_PREFIX}${randomUUID()}.tmp`);
      try {
        await writeFile(temporary, serializeContextIndex(index), { encoding: 'utf8', mode: 0o600, flag: 'wx' });
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      await prune(root, target);
      return target;
    },
  };
}

/** Removes the oldest cached indexes beyond {@link MAXIMUM_CACHED_INDEXES}, never the one just written. */
async function prune(root: string, keep: string): Promise<void> {
  const names = (await readdir(root)).filter((name) => name.startsWith(FILE_PREFIX) && name.endsWith('.json'));
  if (names.length <= MAXIMUM_CACHED_INDEXES) return;
  const dated = await Promise.all(
    names.map(async (name) => {
      const file = path.join(root, name);
      try {
        return { file, time: (await stat(file)).mtimeMs };
      } catch {
        return { file, time: Number.POSITIVE_INFINITY };
      }
    }),
  );
  dated.sort((left, right) => left.time - right.time || (left.file < right.file ? -1 : 1));
  for (const { file } of dated.slice(0, dated.length - MAXIMUM_CACHED_INDEXES)) {
    if (file !== keep) await rm(file, { force: true });
  }
}
