import { z } from 'zod';
import type { ToolDefinition } from '../tool.js';
import { applyFileDiff } from './diff-apply.js';
import { replaceExactlyOnce, type TextEdit } from './exact-replace.js';
import { readTextFile } from './text-file.js';
import { parseUnifiedDiff } from './unified-diff.js';

/** Longest search, replace or diff text accepted: 256 KiB of characters. */
const MAX_EDIT_CHARACTERS = 256 * 1024;

// One object with optional fields rather than a union: function calling wants an object at the
// top level, and the refinement below still makes the two forms exclusive.
const applyEditInput = z
  .strictObject({
    path: z.string().min(1).describe('File to edit, relative to the repository root. It must exist; create files with write_file.'),
    search: z
      .string()
      .min(1)
      .max(MAX_EDIT_CHARACTERS)
      .optional()
      .describe('Exact text to replace, copied from the file with its indentation; it must occur exactly once. Use with replace.'),
    replace: z.string().max(MAX_EDIT_CHARACTERS).optional().describe('Text that takes the place of search (may be empty to delete).'),
    diff: z
      .string()
      .min(1)
      .max(MAX_EDIT_CHARACTERS)
      .optional()
      .describe('Instead of search/replace: a unified diff of this one file ("@@ -12,4 +12,5 @@" hunks with context lines); each hunk must match exactly at its line numbers.'),
  })
  .superRefine((input, issues) => {
    const replacing = input.search !== undefined || input.replace !== undefined;
    if (replacing && input.diff !== undefined) {
      issues.addIssue({ code: 'custom', message: 'give either search and replace, or diff, not both', path: ['diff'] });
    } else if (!replacing && input.diff === undefined) {
      issues.addIssue({ code: 'custom', message: 'give search and replace, or diff', path: ['search'] });
    } else if (replacing && input.search === undefined) {
      issues.addIssue({ code: 'custom', message: 'search is required with replace', path: ['search'] });
    } else if (replacing && input.replace === undefined) {
      issues.addIssue({ code: 'custom', message: 'replace is required with search (use "" to delete)', path: ['replace'] });
    }
  });

/** Arguments of `apply_edit`. */
export type ApplyEditInput = z.infer<typeof applyEditInput>;

/** What `apply_edit` returns. */
export interface ApplyEditOutput {
  /** The file edited, as asked for. */
  path: string;
  /** Which form the edit took. */
  mode: 'search-replace' | 'diff';
  /** What changed, in words. */
  summary: string;
  /** Size of the file before the edit, in characters. */
  charactersBefore: number;
  /** Size of the file after the edit, in characters. */
  charactersAfter: number;
}

/** `apply_edit`: an exact search/replace or a strict one-file unified diff on an existing file. */
export const applyEditTool: ToolDefinition<ApplyEditInput, ApplyEditOutput> = {
  name: 'apply_edit',
  description:
    'Change an existing text file, in one of two ways: search + replace (search must occur exactly once in the file), ' +
    'or diff (a unified diff of this one file, applied only if every hunk matches exactly). ' +
    'On refusal nothing is changed and the message says what to fix.',
  inputSchema: applyEditInput,
  sideEffect: true,
  truncationHint: 'call read_file with start_line/end_line to see the file',
  // The file is read to find the text, and messages quote it: both permissions are needed.
  actions: (input) => [
    { type: 'read', path: input.path },
    { type: 'write', path: input.path },
  ],
  async execute(input, context) {
    const file = await readTextFile(context.workspace, input.path);
    if (!file.ok) return file;
    const mode = input.diff === undefined ? 'search-replace' : 'diff';
    const edit = editOf(file.text, input);
    if (!edit.ok) return edit;
    if (edit.content === file.text) return { ok: false, error: `The edit leaves ${input.path} unchanged; nothing was written.` };
    await context.workspace.writeText(input.path, edit.content);
    return {
      ok: true,
      output: { path: input.path, mode, summary: edit.summary, charactersBefore: file.text.length, charactersAfter: edit.content.length },
      text: `Edited ${input.path}: ${edit.summary}.`,
    };
  },
};

function editOf(content: string, input: ApplyEditInput): TextEdit {
  if (input.diff !== undefined) {
    const parsed = parseUnifiedDiff(input.diff);
    if (!parsed.ok) return { ok: false, error: `${parsed.error} Nothing was changed.` };
    return applyFileDiff(content, parsed.diff, input.path);
  }
  return replaceExactlyOnce(content, input.search ?? '', input.replace ?? '', input.path);
}
