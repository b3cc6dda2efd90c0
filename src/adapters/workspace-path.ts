import { lstat, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { systemErrorCode } from './system-error-code.js';

/** How many symlinks one path may go through before it is refused, as the kernel does (ELOOP). */
const MAX_SYMLINK_HOPS = 40;

/** A workspace path that passed the confinement checks. */
export interface ConfinedPath {
  /** The path as the caller wrote it, for messages. */
  requested: string;
  /** The path relative to the root after lexical normalization, with `/` separators; `''` for the root. */
  relative: string;
  /** Real path of the deepest part of the path that exists: symlinks resolved, inside the root. */
  realAncestor: string;
  /** Components below `realAncestor` that do not exist yet (empty when the whole path exists). */
  missing: readonly string[];
  /** Absolute path to operate on: `realAncestor` joined with `missing`. */
  real: string;
  /** Whether the whole path exists. */
  exists: boolean;
}

/** `'path'` for messages, with a NUL byte shown as `\0` so the message stays printable. */
export function quotePath(requested: string): string {
  return `'${requested.replaceAll('\0', '\\0')}'`;
}

/** Whether `candidate` is `root` or lies below it. Both must be absolute and normalized. */
export function isInside(root: string, candidate: string): boolean {
  if (candidate === root) return true;
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  return candidate.startsWith(prefix);
}

/**
 * Checks the text of a path and resolves it against the root without touching the disk: refuses
 * non-strings, NUL bytes, absolute paths and `..` that climbs out of the root.
 */
export function lexicalPath(root: string, requested: string): { absolute: string; relative: string } {
  if (typeof requested !== 'string') {
    throw new InputError(`Path ${String(requested)} is not a string`, { where: String(requested) });
  }
  // A NUL byte would cut the path short inside the operating system, so the OS would act on a
  // different path than the one checked here.
  if (requested.includes('\0')) {
    throw new InputError(`Path ${quotePath(requested)} contains a NUL byte`, { where: requested });
  }
  if (path.isAbsolute(requested)) {
    throw new InputError(`Path ${quotePath(requested)} is absolute; workspace paths are relative to the workspace root`, {
      where: requested,
    });
  }
  const absolute = path.resolve(root, requested);
  if (!isInside(root, absolute)) {
    throw new InputError(`Path ${quotePath(requested)} leaves the workspace`, { where: requested });
  }
  return { absolute, relative: path.relative(root, absolute).split(path.sep).join('/') };
}

/**
 * Confines a workspace path: the lexical checks, then every symlink on the way is resolved and the
 * result must stay inside the root. For a path that does not exist yet, the deepest existing
 * ancestor is resolved instead, and a dangling symlink is followed to where it would create the
 * file. Call it at each operation: a check made earlier says nothing about the tree now.
 */
export async function confinePath(root: string, requested: string): Promise<ConfinedPath> {
  const { absolute, relative } = lexicalPath(root, requested);
  const missing: string[] = [];
  let probe = absolute;
  let hops = 0;
  for (;;) {
    let real: string;
    try {
      real = await realpath(probe);
    } catch (error) {
      const code = systemErrorCode(error);
      if (code === 'ELOOP') {
        throw new InputError(`Path ${quotePath(requested)} goes through a symlink loop`, { where: requested, cause: error });
      }
      if (code === 'ENOTDIR') {
        throw new InputError(`Path ${quotePath(requested)} goes through a file as if it were a directory`, {
          where: requested,
          cause: error,
        });
      }
      if (code !== 'ENOENT') throw error;
      if (probe === root) {
        throw new InputError(`The workspace root '${root}' no longer exists`, { where: requested, cause: error });
      }
      const linkTarget = await danglingLinkTarget(probe);
      if (linkTarget === undefined) {
        missing.unshift(path.basename(probe));
        probe = path.dirname(probe);
        continue;
      }
      // realpath fails on a symlink whose target is missing; follow it by hand, because writing
      // through it would create the target, wherever that is.
      hops += 1;
      if (hops > MAX_SYMLINK_HOPS) {
        throw new InputError(`Path ${quotePath(requested)} goes through too many symlinks`, { where: requested });
      }
      const realParent = await realpath(path.dirname(probe));
      const target = path.resolve(realParent, linkTarget);
      if (!isInside(root, realParent) || !isInside(root, target)) {
        throw outsideError(requested, target);
      }
      probe = target;
      continue;
    }
    if (!isInside(root, real)) throw outsideError(requested, real);
    const full = path.join(real, ...missing);
    return { requested, relative, realAncestor: real, missing, real: full, exists: missing.length === 0 };
  }
}

/** The target text of `candidate` when it is a symlink (it exists but realpath failed), else undefined. */
async function danglingLinkTarget(candidate: string): Promise<string | undefined> {
  try {
    const stats = await lstat(candidate);
    if (!stats.isSymbolicLink()) return undefined;
    return await readlink(candidate);
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

function outsideError(requested: string, target: string): InputError {
  return new InputError(`Path ${quotePath(requested)} resolves through a symlink to '${target}', outside the workspace`, {
    where: requested,
  });
}
