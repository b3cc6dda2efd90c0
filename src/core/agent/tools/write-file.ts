import { z } from 'zod';
import { byteLength, formatByteCount } from '../output-cap.js';
import type { ToolDefinition } from '../tool.js';

/** Largest content one call may write: 1 MiB of characters. */
export const MAX_WRITE_CHARACTERS = 1024 * 1024;

const writeFileInput = z.strictObject({
  path: z.string().min(1).describe('File to create or replace, relative to the repository root; missing directories are created.'),
  content: z.string().max(MAX_WRITE_CHARACTERS).describe('The whole new content of the file (UTF-8 text).'),
});

/** Arguments of `write_file`. */
export type WriteFileInput = z.infer<typeof writeFileInput>;

/** What `write_file` returns. */
export interface WriteFileOutput {
  /** The file written, as asked for. */
  path: string;
  /** Bytes written (UTF-8). */
  bytes: number;
  /** Whether the file did not exist before. */
  created: boolean;
}

/** `write_file`: create a file or replace its whole content. */
export const writeFileTool: ToolDefinition<WriteFileInput, WriteFileOutput> = {
  name: 'write_file',
  description:
    'Create a text file, or replace the whole content of an existing one. To change part of an existing file, prefer apply_edit.',
  inputSchema: writeFileInput,
  sideEffect: true,
  actions: (input) => [{ type: 'write', path: input.path }],
  async execute(input, context) {
    const created = !(await context.workspace.exists(input.path));
    await context.workspace.writeText(input.path, input.content);
    const bytes = byteLength(input.content);
    return {
      ok: true,
      output: { path: input.path, bytes, created },
      text: `${created ? 'Created' : 'Replaced'} ${input.path} (${formatByteCount(bytes)} bytes).`,
    };
  },
};
