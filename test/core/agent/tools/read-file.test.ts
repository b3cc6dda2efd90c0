import { afterEach, describe, expect, it } from 'vitest';
import { createToolRegistry } from '../../../../src/core/agent/tool-registry.js';
import { readFileTool } from '../../../../src/core/agent/tools/read-file.js';
import { createToolTestRepository, type ToolTestRepository } from '../tool-harness.js';

const registry = createToolRegistry([readFileTool]);
let repository: ToolTestRepository | undefined;
afterEach(() => repository?.cleanup());

async function read(files: Record<string, string>, argumentsObject: Record<string, unknown>) {
  repository = await createToolTestRepository({ files });
  return registry.call('read_file', JSON.stringify(argumentsObject), repository.context);
}

const TEN_LINES = Array.from({ length: 10 }, (_, index) => `line ${index + 1}`).join('\n') + '\n';

describe('read_file', () => {
  it('RF-001 shows numbered lines and the total line count', async () => {
    const outcome = await read({ 'src/a.ts': TEN_LINES }, { path: 'src/a.ts' });
    expect(outcome.status).toBe('ok');
    expect(outcome.text.split('\n')).toEqual(['src/a.ts: lines 1-10 of 10', ...Array.from({ length: 10 }, (_, index) => `${String(index + 1).padStart(2)}\tline ${index + 1}`)]);
    expect(outcome.output).toMatchObject({ startLine: 1, endLine: 10, totalLines: 10 });
  });

  it('RF-002 a 1-based inclusive range, with a pointer to what follows', async () => {
    const outcome = await read({ 'a.txt': TEN_LINES }, { path: 'a.txt', start_line: 3, end_line: 4 });
    expect(outcome.text).toBe('a.txt: lines 3-4 of 10\n3\tline 3\n4\tline 4\n(6 more lines; call read_file with start_line=5 to continue)');
    expect(outcome.output).toMatchObject({ content: 'line 3\nline 4' });
  });

  it('RF-003 an end past the file is clipped; a start past it is refused with the line count', async () => {
    const clipped = await read({ 'a.txt': TEN_LINES }, { path: 'a.txt', start_line: 9, end_line: 50 });
    expect(clipped.output).toMatchObject({ startLine: 9, endLine: 10 });
    const past = await read({ 'a.txt': TEN_LINES }, { path: 'a.txt', start_line: 11 });
    expect(past.status).toBe('failed');
    expect(past.text).toBe('a.txt has 10 lines; start_line 11 is past the end. Ask for a range within 1-10.');
  });

  it('RF-004 refuses end_line before start_line as invalid arguments', async () => {
    const outcome = await read({ 'a.txt': TEN_LINES }, { path: 'a.txt', start_line: 5, end_line: 2 });
    expect(outcome.status).toBe('invalid-arguments');
    expect(outcome.text).toMatch(/end_line must not be smaller than start_line/);
  });

  it('RF-005 refuses binary files and invalid UTF-8', async () => {
    const binary = await read({ 'image.png': '\x89PNG\r\n\x1a\n\0\0\0' }, { path: 'image.png' });
    expect(binary.status).toBe('failed');
    expect(binary.text).toMatch(/looks like a binary file/);
    repository?.cleanup();
    repository = await createToolTestRepository();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${repository.root}/latin1.txt`, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const latin1 = await registry.call('read_file', '{"path":"latin1.txt"}', repository.context);
    expect(latin1.text).toMatch(/not valid UTF-8/);
  });

  it('RF-006 an empty file, CRLF lines and a final line without newline', async () => {
    expect((await read({ 'empty.txt': '' }, { path: 'empty.txt' })).text).toBe('empty.txt is empty (0 lines).');
    const crlf = await read({ 'w.txt': 'a\r\nb\r\nc' }, { path: 'w.txt' });
    expect(crlf.text).toBe('w.txt: lines 1-3 of 3\n1\ta\n2\tb\n3\tc');
  });

  it('RF-007 cuts very long lines', async () => {
    const outcome = await read({ 'min.js': `${'x'.repeat(5000)}\n` }, { path: 'min.js' });
    expect(outcome.text).toMatch(/… \[line cut: 3000 more characters\]$/);
  });
});
