/** One entry of a directory listing. */
export interface WorkspaceEntry {
  /** Path relative to the workspace root, with `/` separators. */
  path: string;
  /** `file`, `directory` or `symlink` (a link is reported, never followed out of the workspace). */
  type: 'file' | 'directory' | 'symlink';
  /** Size in bytes for files. */
  size: number;
}

/** Options for reads. */
export interface ReadOptions {
  /** Refuse files larger than this many bytes (default 10 MiB). */
  maxBytes?: number;
}

/**
 * The repository checkout. Every path is relative to the workspace root; `..`, absolute paths and
 * symlinks that lead outside are refused with an error naming the path.
 */
export interface Workspace {
  /** Absolute, real path of the root. */
  readonly root: string;
  /** Resolves a relative path to an absolute one inside the root, or throws. */
  resolve(path: string): Promise<string>;
  /**
   * The path relative to the root after symlinks are resolved, with `/` separators (`''` for the
   * root). Policy must judge this path as well as the one asked for: a link can lead from an
   * allowed path to a protected one.
   */
  canonicalPath(path: string): Promise<string>;
  /** Whether the path exists (inside the root). */
  exists(path: string): Promise<boolean>;
  /** Reads a UTF-8 text file. */
  readText(path: string, options?: ReadOptions): Promise<string>;
  /** Reads bytes. */
  readBytes(path: string, options?: ReadOptions): Promise<Uint8Array>;
  /** Writes a file atomically (temp file + rename), creating parent directories. */
  writeText(path: string, content: string): Promise<void>;
  /** Lists a directory (non-recursive unless `recursive`), sorted by path. */
  list(path: string, options?: { recursive?: boolean }): Promise<WorkspaceEntry[]>;
  /** Removes a file. */
  remove(path: string): Promise<void>;
}
