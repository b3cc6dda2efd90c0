import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createToolRegistry } from '../../../../src/core/agent/tool-registry.js';
import { writeFileTool } from '../../../../src/core/agent/tools/write-file.js';
import { createToolTestRepository, type ToolTestRepository } from '../tool-harness.js';

const registry = createToolRegistry([writeFileTool]);
let repository: ToolTestRepository | undefined;
afterEach(() => repository?.cleanup());

describe('write_file', () => {
  it('WF-001 creates a file with its directories, then replaces it', async () => {
    repository = await createToolTestRepository();
    const created = await registry.call('write_file', JSON.stringify({ path: 'src/new/deep.ts', content: 'export const é = 1;\n' }), repository.context);
    expect(created.status).toBe('ok');
    expect(created.text).toBe('Created src/new/deep.ts (21 bytes).');
    expect(created.output).toEqual({ path: 'src/new/deep.ts', bytes: 21, created: true });
    expect(created.decisions.map((decision) => decision.rule)).toEqual(['PW-001']);
    const replaced = await registry.call('write_file', JSON.stringify({ path: 'src/new/deep.ts', content: '' }), repository.context);
    expect(replaced.text).toBe('Replaced src/new/deep.ts (0 bytes).');
    expect(readFileSync(join(repository.root, 'src/new/deep.ts'), 'utf8')).toBe('');
  });

  it('WF-002 is a side effect and asks for a write', () => {
    expect(writeFileTool.sideEffect).toBe(true);
    expect(writeFileTool.actions({ path: 'a', content: '' })).toEqual([{ type: 'write', path: 'a' }]);
  });

  it('WF-003 refuses paths out of the workspace and writes for identities without write permission', async () => {
    repository = await createToolTestRepository({ identity: 'planner' });
    const planner = await registry.call('write_file', JSON.stringify({ path: 'a.txt', content: 'x' }), repository.context);
    expect(planner.status).toBe('denied');
    expect(planner.decisions[0]?.rule).toBe('PW-002');
    const escape = await registry.call('write_file', JSON.stringify({ path: '../outside.txt', content: 'x' }), repository.context);
    expect(escape.status).toBe('denied');
    expect(escape.decisions[0]?.rule).toBe('PN-003');
  });
});
