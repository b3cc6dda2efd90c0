import { InputError, PolicyDeniedError } from '../errors.js';
import { readTextFile } from '../agent/tools/text-file.js';
import { protectedPathRefusal } from '../policy/protected-paths.js';
import type { Workspace } from '../ports/workspace.js';
import type { LinkedFile, SkippedFile } from './intent-types.js';
import { mentionedPaths, type LinkedRepository } from './linked-paths.js';

/** Most linked files read by default. */
export const DEFAULT_MAX_LINKED_FILES = 10;
/** Most bytes of linked files by default, all files together (about 25,000 tokens). */
export const DEFAULT_MAX_LINKED_BYTES = 100_000;
/**
 * Most mentions looked up in the workspace. Each backticked word costs a file-system check, and an
 * issue can hold thousands of them; past this many the rest are not looked at.
 */
export const MAX_MENTIONS_EXAMINED = 200;

/** Text that may name files, with its provenance. */
export interface LinkingText {
  /** The text to search for paths. */
  text: string;
  /** Its provenance, which the linked file carries as `linkedFrom`. */
  source: string;
}

/** Options of {@link readLinkedFiles}. */
export interface LinkedFileOptions {
  /** The checkout; its reads refuse protected paths when it has the protected-path guard. */
  workspace: Workspace;
  /** Whose blob URLs count. */
  repository: LinkedRepository;
  /** Texts in order of preference: instructions before context, so context cannot crowd them out. */
  texts: readonly LinkingText[];
  /** Most files to read. */
  maxFiles: number;
  /** Most bytes to read, all files together; the last file read may be cut short. */
  maxBytes: number;
  /** The read policy of the reading identity: a reason refuses the path (see `GatherIntentOptions`). */
  readRefusal?: (path: string) => string | undefined;
}

/** What {@link readLinkedFiles} found. */
export interface LinkedFiles {
  /** Files read. */
  linkedFiles: LinkedFile[];
  /** Files named but not read, with the reason. */
  skippedFiles: SkippedFile[];
}

/** The text cut to at most `maxBytes` of UTF-8, never inside a character. */
function cutToBytes(encoded: Uint8Array, maxBytes: number): string {
  let end = Math.min(maxBytes, encoded.length);
  // Step back over continuation bytes (10xxxxxx) so the cut lands on a character boundary.
  while (end > 0 && end < encoded.length && ((encoded[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return new TextDecoder().decode(encoded.subarray(0, end));
}

async function existsInWorkspace(workspace: Workspace, path: string): Promise<boolean> {
  try {
    return await workspace.exists(path);
  } catch (error) {
    // The workspace refuses paths that leave it or pass through a file: not a file of this checkout.
    if (InputError.isInstance(error)) return false;
    throw error;
  }
}

/** Where one mention leads: a file to read, a path to skip, or nothing (no alternative exists, or it was seen). */
type MentionTarget =
  | { kind: 'file'; path: string; canonical: string }
  | { kind: 'skip'; path: string; reason: SkippedFile['reason']; detail: string }
  | undefined;

/** The first alternative that is refused or exists, judged by the name as written and by where it leads. */
async function mentionTarget(
  workspace: Workspace,
  alternatives: readonly string[],
  refusal: (path: string) => string | undefined,
  seen: ReadonlySet<string>,
): Promise<MentionTarget> {
  for (const path of alternatives) {
    if (seen.has(path)) return undefined;
    const refused = refusal(path);
    if (refused !== undefined) return { kind: 'skip', path, reason: 'protected', detail: refused };
    if (!(await existsInWorkspace(workspace, path))) continue;
    let canonical: string;
    try {
      canonical = await workspace.canonicalPath(path);
    } catch (error) {
      if (!InputError.isInstance(error)) throw error;
      return { kind: 'skip', path, reason: 'unreadable', detail: error.message };
    }
    if (canonical === path) return { kind: 'file', path, canonical };
    const refusedTarget = refusal(canonical);
    if (refusedTarget !== undefined) return { kind: 'skip', path, reason: 'protected', detail: `it leads to '${canonical}': ${refusedTarget}` };
    // A link and the file it leads to are one file: read it once.
    return seen.has(canonical) ? undefined : { kind: 'file', path, canonical };
  }
  return undefined;
}

/**
 * Reads the repository files that `texts` name, within the caps. Protected paths (`.git/`,
 * credentials) and paths the read policy refuses are skipped before any I/O, by the name as written
 * and again by the name a symlink leads to; the workspace's own guard refuses them a third time, and
 * that refusal is a skip too, not a failure. A file that is binary, not UTF-8 or not a file is
 * skipped with the reason. The linked text is file content: it is rendered as untrusted like the rest.
 */
export async function readLinkedFiles(options: LinkedFileOptions): Promise<LinkedFiles> {
  const { workspace, maxFiles, maxBytes } = options;
  const linkedFiles: LinkedFile[] = [];
  const skippedFiles: SkippedFile[] = [];
  const seen = new Set<string>();
  let bytesLeft = maxBytes;
  let examined = 0;

  const refusal = (path: string) => protectedPathRefusal(path, 'read') ?? options.readRefusal?.(path);
  const skip = (path: string, reason: SkippedFile['reason'], detail: string, linkedFrom: string) => {
    seen.add(path);
    skippedFiles.push({ path, reason, detail, linkedFrom });
  };

  for (const { text, source } of options.texts) {
    for (const alternatives of mentionedPaths(text, options.repository)) {
      if (examined >= MAX_MENTIONS_EXAMINED) return { linkedFiles, skippedFiles };
      examined += 1;
      const target = await mentionTarget(workspace, alternatives, refusal, seen);
      if (target === undefined) continue;
      const { path } = target;
      if (target.kind === 'skip') {
        skip(path, target.reason, target.detail, source);
        continue;
      }
      if (linkedFiles.length >= maxFiles || bytesLeft <= 0) {
        const cap = linkedFiles.length >= maxFiles ? `${maxFiles} linked files` : `${maxBytes} bytes of linked files`;
        skip(path, 'cap', `not read: the cap of ${cap} was reached`, source);
        continue;
      }
      let read;
      try {
        read = await readTextFile(workspace, path);
      } catch (error) {
        if (PolicyDeniedError.isInstance(error)) skip(path, 'protected', error.reason, source);
        else if (InputError.isInstance(error)) skip(path, 'unreadable', error.message, source);
        else throw error;
        continue;
      }
      if (!read.ok) {
        skip(path, 'unreadable', read.error, source);
        continue;
      }
      seen.add(path).add(target.canonical);
      const encoded = new TextEncoder().encode(read.text);
      const truncated = encoded.length > bytesLeft;
      linkedFiles.push({
        path,
        text: truncated ? cutToBytes(encoded, bytesLeft) : read.text,
        truncated,
        bytes: encoded.length,
        linkedFrom: source,
      });
      bytesLeft = truncated ? 0 : bytesLeft - encoded.length;
    }
  }
  return { linkedFiles, skippedFiles };
}
