import { randomUUID } from 'node:crypto';
import { constants, lstat, mkdir, open, readdir, realpath, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { InputError, PolicyDeniedError } from '../core/errors.js';
import type { ReadOptions, Workspace, WorkspaceEntry } from '../core/ports/workspace.js';
import { readFileBounded } from './bounded-file-read.js';
import { systemErrorCode } from './system-error-code.js';
import { type ConfinedPath, confinePath, lexicalPath, quotePath } from './workspace-path.js';

/** Default read cap: 10 MiB. */
export const DEFAULT_MAX_READ_BYTES = 10 * 1024 * 1024;

/** Options of {@link createFileWorkspace}. */
export interface FileWorkspaceOptions {
  /** Read cap in bytes for reads that do not set their own `maxBytes` (default 10 MiB). */
  maxReadBytes?: number;
  /**
   * Whether recursive listings descend into `.git` directories (default false: the `.git` entry is
   * listed, its contents are not). Listing `.git` itself by name always shows its entries.
   */
  listGitContents?: boolean;
  /**
   * Checked before every read, write and removal with the path as asked for and its canonical form
   * (symlinks resolved); a returned string refuses the operation with that reason. Stages pass the
   * protected-path rule, so no link inside the workspace leads to `.git/` or a credential file.
   */
  guard?: WorkspaceGuard;
}

/** Refusal reason for an operation on a path, or undefined to let it go ahead. */
export type WorkspaceGuard = (access: 'read' | 'write', path: string) => string | undefined;

// Exclusive create and no-follow: the temp name cannot be pre-planted as a symlink that the write
// would follow out of the workspace.
const TEMPORARY_FILE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * A workspace on the local file system, confined to `root`. The root is resolved to its real path
 * once; every operation then re-checks its own path, because the tree can change between calls
 * (a command the agent ran may have planted a symlink).
 *
 * Residual risk: Node has no `openat`, so a directory swapped for a symlink in the instant between
 * the check and the system call is not caught, except for the last component of reads
 * (`O_NOFOLLOW`) and of writes (temp file created exclusively in the checked real directory, then
 * renamed, which replaces a link instead of following it).
 */
export async function createFileWorkspace(root: string, options: FileWorkspaceOptions = {}): Promise<Workspace> {
  let realRoot: string;
  try {
    realRoot = await realpath(path.resolve(root));
  } catch (error) {
    throw new InputError(`Workspace root '${root}' does not exist`, { where: root, cause: error });
  }
  if (!(await stat(realRoot)).isDirectory()) {
    throw new InputError(`Workspace root '${root}' is not a directory`, { where: root });
  }
  const maxReadBytes = options.maxReadBytes ?? DEFAULT_MAX_READ_BYTES;
  assertByteCount(maxReadBytes, 'maxReadBytes');
  return new FileWorkspace(realRoot, maxReadBytes, options.listGitContents ?? false, options.guard);
}

class FileWorkspace implements Workspace {
  readonly root: string;
  private readonly maxReadBytes: number;
  private readonly listGitContents: boolean;
  private readonly guard: WorkspaceGuard | undefined;

  constructor(root: string, maxReadBytes: number, listGitContents: boolean, guard: WorkspaceGuard | undefined) {
    this.root = root;
    this.maxReadBytes = maxReadBytes;
    this.listGitContents = listGitContents;
    this.guard = guard;
  }

  async resolve(requested: string): Promise<string> {
    return (await confinePath(this.root, requested)).real;
  }

  async canonicalPath(requested: string): Promise<string> {
    return canonicalOf(this.root, await confinePath(this.root, requested));
  }

  /** Runs the guard on the path as asked for and as it resolves; throws when either is refused. */
  private check(access: 'read' | 'write', target: ConfinedPath): void {
    if (this.guard === undefined) return;
    const canonical = canonicalOf(this.root, target);
    for (const candidate of new Set([target.relative, canonical])) {
      const reason = this.guard(access, candidate);
      if (reason !== undefined) {
        const through = candidate === target.relative ? '' : ` (it resolves to '${canonical}')`;
        throw new PolicyDeniedError(`Cannot ${access} ${quotePath(target.requested)}${through}: ${reason}`, {
          identity: 'workspace',
          reason,
        });
      }
    }
  }

  async exists(requested: string): Promise<boolean> {
    return (await confinePath(this.root, requested)).exists;
  }

  async readText(requested: string, options: ReadOptions = {}): Promise<string> {
    const bytes = await this.readBytes(requested, options);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (error) {
      throw new InputError(`Path ${quotePath(requested)} is not valid UTF-8 text`, { where: requested, cause: error });
    }
  }

  async readBytes(requested: string, options: ReadOptions = {}): Promise<Uint8Array> {
    const maxBytes = options.maxBytes ?? this.maxReadBytes;
    assertByteCount(maxBytes, 'maxBytes');
    const target = await confinePath(this.root, requested);
    if (!target.exists) throw notFound(requested);
    this.check('read', target);
    let result;
    try {
      result = await readFileBounded(target.real, maxBytes);
    } catch (error) {
      throw fileSystemError(error, requested);
    }
    if (result.outcome === 'too-large') {
      throw new InputError(
        `Path ${quotePath(requested)} is ${result.size} bytes, over the read cap of ${maxBytes} bytes`,
        { where: requested },
      );
    }
    if (result.outcome === 'not-a-file') throw notAFile(requested);
    return result.bytes;
  }

  async writeText(requested: string, content: string): Promise<void> {
    const target = await confinePath(this.root, requested);
    if (target.relative === '') throw new InputError(`Path ${quotePath(requested)} is the workspace root, not a file`);
    this.check('write', target);
    let mode = 0o666;
    if (target.exists) {
      const stats = await lstat(target.real);
      if (!stats.isFile()) throw notAFile(requested);
      // Keep the permissions of the file being replaced (an executable script stays executable),
      // but not setuid, setgid or sticky bits: a write by an agent must not hand those on.
      mode = stats.mode & 0o777;
    } else {
      await createMissingDirectories(target);
    }
    const directory = path.dirname(target.real);
    const temporary = path.join(directory, `.drydock-write-${randomUUID()}.tmp`);
    try {
      const handle = await open(temporary, TEMPORARY_FILE_FLAGS, mode);
      try {
        await handle.writeFile(content, 'utf8');
        if (target.exists) await handle.chmod(mode);
      } finally {
        await handle.close();
      }
      await rename(temporary, target.real);
    } catch (error) {
      await rm(temporary, { force: true });
      throw fileSystemError(error, requested);
    }
  }

  async list(requested: string, options: { recursive?: boolean } = {}): Promise<WorkspaceEntry[]> {
    const target = await confinePath(this.root, requested);
    if (!target.exists) throw notFound(requested);
    if (!(await stat(target.real)).isDirectory()) {
      throw new InputError(`Path ${quotePath(requested)} is not a directory`, { where: requested });
    }
    const entries: WorkspaceEntry[] = [];
    const pending: Array<{ real: string; relative: string }> = [{ real: target.real, relative: target.relative }];
    while (pending.length > 0) {
      const directory = pending.pop()!;
      let children;
      try {
        children = await readdir(directory.real, { withFileTypes: true });
      } catch (error) {
        throw fileSystemError(error, directory.relative || requested);
      }
      const sized: Array<Promise<void>> = [];
      for (const child of children) {
        const relative = directory.relative === '' ? child.name : `${directory.relative}/${child.name}`;
        const real = path.join(directory.real, child.name);
        // Dirent types come from lstat: a symlink is reported as a symlink and never descended into,
        // so a listing cannot wander out of the workspace or loop.
        if (child.isSymbolicLink()) {
          entries.push({ path: relative, type: 'symlink', size: 0 });
        } else if (child.isDirectory()) {
          entries.push({ path: relative, type: 'directory', size: 0 });
          const isGit = child.name === '.git';
          if (options.recursive === true && (!isGit || this.listGitContents)) pending.push({ real, relative });
        } else if (child.isFile()) {
          const entry: WorkspaceEntry = { path: relative, type: 'file', size: 0 };
          entries.push(entry);
          // One lstat per file, all of a directory's at once: awaited one by one they made a
          // 20,000-file listing take seconds.
          sized.push(sizeOf(real).then((size) => void (entry.size = size)));
        }
        // Sockets, FIFOs and devices are left out: the port has no type for them and nothing may read them.
      }
      await Promise.all(sized);
    }
    return entries.sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));
  }

  async remove(requested: string): Promise<void> {
    const { relative } = lexicalPath(this.root, requested);
    if (relative === '') throw new InputError(`Path ${quotePath(requested)} is the workspace root, not a file`);
    // Confine the parent, not the path itself: removing a symlink removes the link, wherever it points.
    const parent = await confinePath(this.root, path.posix.dirname(relative));
    if (!parent.exists) throw notFound(requested);
    // What is removed is the entry itself (a link, not its target), so its own path is what is judged.
    const entryInParent = path.posix.join(canonicalOf(this.root, parent), path.posix.basename(relative));
    if (this.guard !== undefined) {
      for (const candidate of new Set([relative, entryInParent.replace(/^\.\//, '')])) {
        const reason = this.guard('write', candidate);
        if (reason !== undefined) {
          throw new PolicyDeniedError(`Cannot remove ${quotePath(requested)}: ${reason}`, { identity: 'workspace', reason });
        }
      }
    }
    const real = path.join(parent.real, path.posix.basename(relative));
    let stats;
    try {
      stats = await lstat(real);
    } catch (error) {
      throw fileSystemError(error, requested);
    }
    if (stats.isDirectory()) {
      throw new InputError(`Path ${quotePath(requested)} is a directory; only files can be removed`, { where: requested });
    }
    try {
      await unlink(real);
    } catch (error) {
      throw fileSystemError(error, requested);
    }
  }
}

/**
 * Creates the missing parent directories one level at a time below the checked real ancestor.
 * A non-recursive `mkdir` does not follow a symlink planted in its place; it fails with EEXIST,
 * and the lstat below then refuses anything that is not a plain directory.
 */
async function createMissingDirectories(target: ConfinedPath): Promise<void> {
  let directory = target.realAncestor;
  for (const component of target.missing.slice(0, -1)) {
    directory = path.join(directory, component);
    try {
      await mkdir(directory);
    } catch (error) {
      if (systemErrorCode(error) !== 'EEXIST') throw fileSystemError(error, target.requested);
      const stats = await lstat(directory);
      if (!stats.isDirectory()) {
        throw new InputError(
          `Path ${quotePath(target.requested)} changed while being written: '${directory}' is no longer a directory`,
          { where: target.requested },
        );
      }
    }
  }
}

async function sizeOf(real: string): Promise<number> {
  try {
    return (await lstat(real)).size;
  } catch (error) {
    // Removed between readdir and lstat: report it as empty rather than failing the whole listing.
    if (systemErrorCode(error) === 'ENOENT') return 0;
    throw error;
  }
}

function assertByteCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InputError(`Option '${name}' must be a whole number of bytes, got ${value}`, { where: name });
  }
}

function notFound(requested: string): InputError {
  return new InputError(`Path ${quotePath(requested)} does not exist`, { where: requested });
}

function notAFile(requested: string): InputError {
  return new InputError(`Path ${quotePath(requested)} is not a regular file`, { where: requested });
}

/** Turns the system errors a confined operation can still meet into messages that name the path. */
function fileSystemError(error: unknown, requested: string): unknown {
  if (InputError.isInstance(error)) return error;
  const reasons: Record<string, string> = {
    ENOENT: 'does not exist',
    EISDIR: 'is a directory, not a file',
    ENOTDIR: 'goes through a file as if it were a directory',
    ELOOP: 'was replaced by a symlink while in use',
    EACCES: 'cannot be accessed: permission denied',
    EPERM: 'cannot be accessed: operation not permitted',
    ENAMETOOLONG: 'is too long',
  };
  const reason = reasons[systemErrorCode(error) ?? ''];
  if (reason === undefined) return error;
  return new InputError(`Path ${quotePath(requested)} ${reason}`, { where: requested, cause: error });
}

/** The workspace-relative, `/`-separated form of a confined path's real location. */
function canonicalOf(root: string, target: ConfinedPath): string {
  return path.relative(root, target.real).split(path.sep).join('/');
}
