import { z } from 'zod';
import type { WorkspaceEntry } from '../../ports/workspace.js';
import { formatByteCount } from '../output-cap.js';
import type { ToolDefinition } from '../tool.js';
import { walkWorkspace, type WalkStatistics } from '../workspace-walk.js';

/** Most entries one call may ask for. */
export const MAX_LIST_ENTRIES = 2000;

const listFilesInput = z.strictObject({
  directory: z.string().min(1).default('.').describe('Directory relative to the repository root ("." for the root).'),
  recursive: z.boolean().default(false).describe('List everything below the directory, not only its direct entries.'),
  max_entries: z.int().min(1).max(MAX_LIST_ENTRIES).default(200).describe('Stop after this many entries.'),
  include_ignored: z.boolean().default(false).describe('Also list what .gitignore files ignore (dependencies, build output).'),
});

/** Arguments of `list_files`. */
export type ListFilesInput = z.infer<typeof listFilesInput>;

/** What `list_files` returns. */
export interface ListFilesOutput {
  /** The directory as asked for. */
  directory: string;
  /** Entries in path order; `.git` is never listed. */
  entries: WorkspaceEntry[];
  /** Whether the listing stopped at `max_entries`. */
  truncated: boolean;
  /** Entries left out because a `.gitignore` ignores them. */
  ignored: number;
}

/** `list_files`: the entries of a directory, optionally recursive, `.gitignore` respected. */
export const listFilesTool: ToolDefinition<ListFilesInput, ListFilesOutput> = {
  name: 'list_files',
  description:
    'List the files and directories in a repository directory (directories end with "/", files show their size). ' +
    'Leaves out .git and, unless include_ignored is set, whatever .gitignore ignores.',
  inputSchema: listFilesInput,
  sideEffect: false,
  truncationHint: 'list a subdirectory, or call list_files without recursive',
  actions: (input) => [{ type: 'read', path: input.directory }],
  async execute(input, context) {
    const statistics: WalkStatistics = { ignored: 0 };
    const entries: WorkspaceEntry[] = [];
    let truncated = false;
    const walk = walkWorkspace(context.workspace, input.directory, {
      recursive: input.recursive,
      respectGitignore: !input.include_ignored,
      signal: context.signal,
      statistics,
    });
    for await (const entry of walk) {
      if (entries.length === input.max_entries) {
        truncated = true;
        break;
      }
      entries.push(entry);
    }
    const kind = input.recursive ? 'Recursive listing' : 'Listing';
    const lines = [`${kind} of ${input.directory}: ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`];
    lines.push(...entries.map(describeEntry));
    if (truncated) lines.push(`[stopped at ${input.max_entries} entries; list a subdirectory or raise max_entries (at most ${MAX_LIST_ENTRIES})]`);
    if (statistics.ignored > 0) {
      lines.push(`[${statistics.ignored} ignored by .gitignore and not shown${truncated ? ' so far' : ''}; set include_ignored to see them]`);
    }
    return { ok: true, output: { directory: input.directory, entries, truncated, ignored: statistics.ignored }, text: lines.join('\n') };
  },
};

function describeEntry(entry: WorkspaceEntry): string {
  if (entry.type === 'directory') return `${entry.path}/`;
  if (entry.type === 'symlink') return `${entry.path} (symlink)`;
  return `${entry.path} (${formatByteCount(entry.size)} bytes)`;
}
