import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ToolDefinition } from '../../../src/core/agent/tool.js';
import { createToolRegistry } from '../../../src/core/agent/tool-registry.js';
import { createFinishTool } from '../../../src/core/agent/tools/finish.js';
import { defaultTools } from '../../../src/core/agent/tools/default-tools.js';
import { digestOf } from '../../../src/core/canonical-json.js';
import { createToolTestRepository, type ToolTestRepository } from './tool-harness.js';

const finish = createFinishTool(z.object({ done: z.boolean().describe('Whether the task is complete.') }), 'Finish the task.');
const registry = createToolRegistry(defaultTools(finish));

let repository: ToolTestRepository | undefined;
afterEach(() => {
  repository?.cleanup();
  repository = undefined;
});

async function open(options: Parameters<typeof createToolTestRepository>[0] = {}): Promise<ToolTestRepository> {
  repository = await createToolTestRepository(options);
  return repository;
}

describe('tool registry: definitions', () => {
  it('TR-001 sends every tool as an object JSON schema with described fields, without $schema', () => {
    const definitions = registry.definitions();
    expect(definitions.map((definition) => definition.name)).toEqual([
      'list_files', 'read_file', 'search', 'apply_edit', 'write_file', 'run_command', 'finish',
    ]);
    for (const definition of definitions) {
      expect(definition.parameters.type).toBe('object');
      expect(definition.parameters).not.toHaveProperty('$schema');
      expect(definition.description.length).toBeGreaterThan(10);
      const properties = definition.parameters.properties as Record<string, { description?: string }>;
      for (const [field, schema] of Object.entries(properties)) {
        expect(schema.description, `${definition.name}.${field}`).toBeTruthy();
      }
    }
    const readFile = definitions.find((definition) => definition.name === 'read_file');
    expect(readFile?.parameters.required).toEqual(['path']);
  });

  it('TR-003 has and get expose the definitions, for their sideEffect flags', () => {
    expect(registry.has('apply_edit')).toBe(true);
    expect(registry.has('rm_rf')).toBe(false);
    expect(registry.get('run_command')?.sideEffect).toBe(true);
    expect(registry.get('read_file')?.sideEffect).toBe(false);
    expect(registry.get('finish')?.sideEffect).toBe(false);
    expect(registry.get('nope')).toBeUndefined();
  });

  it('TR-002 refuses duplicate names, bad names and schemas that are not objects', () => {
    const tool = (name: string, inputSchema: z.ZodType = z.object({})): ToolDefinition => ({
      name,
      description: 'x',
      inputSchema,
      sideEffect: false,
      actions: () => [],
      execute: async () => ({ ok: true, output: null, text: '' }),
    });
    expect(() => createToolRegistry([tool('a'), tool('a')])).toThrow(/registered twice/);
    expect(() => createToolRegistry([tool('Read-File')])).toThrow(/lower snake case/);
    expect(() => createToolRegistry([tool('a', z.string())])).toThrow(/object at the top level/);
  });
});

describe('tool registry: model mistakes come back as outcomes', () => {
  it('TR-010 unknown tool names the available tools', async () => {
    const { context } = await open();
    const outcome = await registry.call('delete_everything', '{"path":"."}', context);
    expect(outcome.status).toBe('unknown-tool');
    expect(outcome.text).toContain("There is no tool named 'delete_everything'");
    expect(outcome.text).toContain('list_files, read_file, search, apply_edit, write_file, run_command, finish');
    expect(outcome.input).toEqual({ path: '.' });
    expect(outcome.outputDigest).toBe(digestOf(outcome.text));
    expect(outcome.decisions).toEqual([]);
  });

  it('TR-011 arguments that are not JSON keep the raw text as input', async () => {
    const { context, recorded } = await open();
    const outcome = await registry.call('read_file', '{"path": "a.txt"', context);
    expect(outcome.status).toBe('invalid-arguments');
    expect(outcome.input).toBe('{"path": "a.txt"');
    expect(outcome.text).toMatch(/not valid JSON/);
    expect(recorded).toEqual([]);
  });

  it('TR-012 schema failures are prettified with the field path, and unknown keys are refused', async () => {
    const { context } = await open();
    const outcome = await registry.call('read_file', JSON.stringify({ path: 'a.txt', start_line: 0, startLine: 3 }), context);
    expect(outcome.status).toBe('invalid-arguments');
    expect(outcome.text).toContain('do not follow its schema');
    expect(outcome.text).toMatch(/start_line/);
    expect(outcome.text).toMatch(/startLine/);
    expect(outcome.input).toEqual({ path: 'a.txt', start_line: 0, startLine: 3 });
  });

  it('TR-013 an empty argument string counts as an empty object', async () => {
    const { context } = await open({ files: { 'a.txt': 'x\n' } });
    const outcome = await registry.call('list_files', '', context);
    expect(outcome.status).toBe('ok');
    expect(outcome.text).toContain('a.txt');
  });

  it('TR-014 a tool that throws becomes failed, with the message', async () => {
    const { context } = await open();
    const outcome = await registry.call('read_file', '{"path":"missing.txt"}', context);
    expect(outcome.status).toBe('failed');
    expect(outcome.text).toMatch(/read_file failed: Path 'missing.txt' does not exist/);
    expect(outcome.outputDigest).toBe(digestOf(outcome.text));
  });
});

describe('tool registry: output', () => {
  it('TR-030 caps long text with a note giving byte counts and the tool hint', async () => {
    const lines = Array.from({ length: 400 }, (_, index) => `line ${index + 1} ${'x'.repeat(60)}`).join('\n');
    const { context } = await open({ files: { 'big.txt': `${lines}\n` } });
    const small = createToolRegistry(defaultTools(finish), { maxOutputBytes: 2048 });
    const outcome = await small.call('read_file', '{"path":"big.txt"}', context);
    expect(outcome.status).toBe('ok');
    expect(outcome.truncatedBytes).toBeGreaterThan(20_000);
    const note = /\[output truncated: ([\d,]+) of ([\d,]+) bytes not shown; call read_file with start_line\/end_line to see more\]$/.exec(outcome.text);
    expect(note).not.toBeNull();
    expect(Number(note?.[1]?.replaceAll(',', ''))).toBe(outcome.truncatedBytes);
    expect(Buffer.byteLength(outcome.text.slice(0, outcome.text.lastIndexOf('[output truncated')))).toBeLessThanOrEqual(2048);
    // The structured output is complete; only the text is capped. Its digest covers the output.
    expect(outcome.output).toMatchObject({ startLine: 1, endLine: 400, totalLines: 400 });
    expect(outcome.outputDigest).toBe(digestOf(outcome.output));
  });

  it('TR-031 measures duration with the monotonic clock', async () => {
    const { context } = await open({ files: { 'a.txt': 'a\n' } });
    const outcome = await registry.call('read_file', '{"path":"a.txt"}', context);
    expect(outcome.durationMs).toBe(5);
  });

  it('TR-032 does not run a tool once the loop is stopping', async () => {
    const { context, root } = await open();
    const controller = new AbortController();
    controller.abort();
    const outcome = await registry.call('write_file', '{"path":"a.txt","content":"x"}', { ...context, signal: controller.signal });
    expect(outcome.status).toBe('failed');
    expect(outcome.text).toMatch(/stopping/);
    expect(() => readFileSync(join(root, 'a.txt'))).toThrow();
  });

  it('TR-033 finish validates the result against the stage schema', async () => {
    const { context } = await open();
    const bad = await registry.call('finish', JSON.stringify({ summary: 'done', result: { done: 'yes' }, evidence: [] }), context);
    expect(bad.status).toBe('invalid-arguments');
    expect(bad.text).toMatch(/result\.done/);
    const good = await registry.call('finish', JSON.stringify({ summary: 'done', result: { done: true }, evidence: [{ kind: 'test', detail: 'npm test: exit 0' }] }), context);
    expect(good.status).toBe('ok');
    expect(good.output).toEqual({ summary: 'done', result: { done: true }, evidence: [{ kind: 'test', detail: 'npm test: exit 0' }] });
    expect(good.decisions).toEqual([]);
  });
});

describe('finish', () => {
  it('TR-040 a result schema that accepts anything still requires a result', async () => {
    const { context } = await open();
    const anything = createToolRegistry([createFinishTool(z.unknown(), 'Finish.')]);
    const missing = await anything.call('finish', JSON.stringify({ summary: 'done', evidence: [] }), context);
    expect(missing.status).toBe('invalid-arguments');
    expect(missing.text).toMatch(/→ at result/);
    const present = await anything.call('finish', JSON.stringify({ summary: 'done', result: null, evidence: [] }), context);
    expect(present.status).toBe('ok');
  });
});
