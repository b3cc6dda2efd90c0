import { z } from 'zod';
import type { ToolDefinition } from '../tool.js';
import { readTextFile, splitLines, withoutCarriageReturn } from './text-file.js';

/** Lines shown when the call gives no `end_line`. */
export const DEFAULT_READ_LINES = 400;
/** Longer lines (minified code, data) are cut to this many characters. */
const MAX_LINE_CHARACTERS = 2000;

const readFileInput = z
  .strictObject({
    path: z.string().min(1).describe('File path relative to the repository root, for example "src/index.ts".'),
    start_line: z.int().min(1).optional().describe('First line to show, 1-based (default 1).'),
    end_line: z
      .int()
      .min(1)
      .optional()
      .describe(`Last line to show, inclusive (default: ${DEFAULT_READ_LINES} lines from start_line, or the end of the file).`),
  })
  .refine((input) => input.end_line === undefined || input.end_line >= (input.start_line ?? 1), {
    message: 'end_line must not be smaller than start_line',
    path: ['end_line'],
  });

/** Arguments of `read_file`. */
export type ReadFileInput = z.infer<typeof readFileInput>;

/** What `read_file` returns. */
export interface ReadFileOutput {
  /** The path as asked for. */
  path: string;
  /** First line shown, 1-based (0 for an empty file). */
  startLine: number;
  /** Last line shown, inclusive (0 for an empty file). */
  endLine: number;
  /** Lines in the whole file. */
  totalLines: number;
  /** The lines shown, as in the file (CRLF kept), joined with `\n`. */
  content: string;
}

/** `read_file`: a range of lines of a text file, numbered. */
export const readFileTool: ToolDefinition<ReadFileInput, ReadFileOutput> = {
  name: 'read_file',
  description:
    'Read a text file of the repository. Returns numbered lines (1-based) and the total line count; ' +
    `shows at most ${DEFAULT_READ_LINES} lines unless end_line says otherwise, so read long files in ranges. Binary files are refused.`,
  inputSchema: readFileInput,
  sideEffect: false,
  truncationHint: 'call read_file with start_line/end_line to see more',
  actions: (input) => [{ type: 'read', path: input.path }],
  async execute(input, context) {
    const file = await readTextFile(context.workspace, input.path);
    if (!file.ok) return file;
    const lines = splitLines(file.text);
    const totalLines = lines.length;
    if (totalLines === 0) {
      return { ok: true, output: { path: input.path, startLine: 0, endLine: 0, totalLines, content: '' }, text: `${input.path} is empty (0 lines).` };
    }
    const startLine = input.start_line ?? 1;
    if (startLine > totalLines) {
      return { ok: false, error: `${input.path} has ${totalLines} lines; start_line ${startLine} is past the end. Ask for a range within 1-${totalLines}.` };
    }
    const endLine = Math.min(input.end_line ?? startLine + DEFAULT_READ_LINES - 1, totalLines);
    const shown = lines.slice(startLine - 1, endLine);
    const width = String(endLine).length;
    const numbered = shown.map((line, index) => `${String(startLine + index).padStart(width, ' ')}\t${displayLine(line)}`);
    const header = `${input.path}: lines ${startLine}-${endLine} of ${totalLines}`;
    const footer = endLine < totalLines ? [`(${totalLines - endLine} more lines; call read_file with start_line=${endLine + 1} to continue)`] : [];
    return {
      ok: true,
      output: { path: input.path, startLine, endLine, totalLines, content: shown.join('\n') },
      text: [header, ...numbered, ...footer].join('\n'),
    };
  },
};

function displayLine(line: string): string {
  const text = withoutCarriageReturn(line);
  if (text.length <= MAX_LINE_CHARACTERS) return text;
  return `${text.slice(0, MAX_LINE_CHARACTERS)} … [line cut: ${text.length - MAX_LINE_CHARACTERS} more characters]`;
}
