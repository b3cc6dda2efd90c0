import type { Workspace } from '../../ports/workspace.js';

/** A file's text, or why it cannot be shown as text. */
export type TextFileRead = { ok: true; text: string } | { ok: false; error: string };

/** Files larger than this are not read whole by the editing and reading tools: 4 MiB. */
export const MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024;

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** Whether bytes look like a binary file: text files hold no NUL byte. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/**
 * Reads a UTF-8 text file through the workspace. Binary files (a NUL byte) and invalid UTF-8 are
 * refused with a message for the model; a missing or over-large file throws as the workspace does.
 */
export async function readTextFile(workspace: Workspace, path: string, maxBytes: number = MAX_TEXT_FILE_BYTES): Promise<TextFileRead> {
  const bytes = await workspace.readBytes(path, { maxBytes });
  if (looksBinary(bytes)) return { ok: false, error: `'${path}' looks like a binary file (it contains NUL bytes); only text files can be shown or edited.` };
  try {
    return { ok: true, text: strictDecoder.decode(bytes) };
  } catch {
    return { ok: false, error: `'${path}' is not valid UTF-8 text; only text files can be shown or edited.` };
  }
}

/**
 * Splits text into lines as an editor numbers them: `\n` ends a line, a final `\n` does not start
 * another, and a `\r` before it stays with the line (so a CRLF file is written back as it was).
 */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A line without the `\r` of a CRLF ending, for display and comparison. */
export function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
