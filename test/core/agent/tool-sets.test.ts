import { describe, expect, it } from 'vitest';
import { DEFAULT_TOOL_SET, toolSetNames, toolSetRegistry } from '../../../src/core/agent/tool-sets.js';
import { InputError } from '../../../src/core/errors.js';

describe('tool sets', () => {
  it('TS-001 the default set is the standard tools and a finish, with the contract lookups', () => {
    const registry = toolSetRegistry(DEFAULT_TOOL_SET);
    expect(registry.definitions().map((definition) => definition.name)).toEqual(['list_files', 'read_file', 'search', 'apply_edit', 'write_file', 'run_command', 'finish']);
    expect(registry.has('run_command')).toBe(true);
    expect(registry.has('rm_rf')).toBe(false);
    expect(registry.get('write_file')?.sideEffect).toBe(true);
    expect(registry.get('read_file')?.sideEffect).toBe(false);
    expect(toolSetNames()).toContain(DEFAULT_TOOL_SET);
  });

  it('TS-002 an unknown name is an input error naming the known sets', () => {
    expect(() => toolSetRegistry('everything')).toThrow(InputError);
    expect(() => toolSetRegistry('toString')).toThrow(/Unknown tool set 'toString'; known tool sets: default/);
  });
});
