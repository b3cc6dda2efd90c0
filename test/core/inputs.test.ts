import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { inputSchemas, parseInputs } from '../../src/core/inputs.js';

const specs = {
  goal: { schema: inputSchemas.text() },
  'issue-number': { schema: inputSchemas.positiveInteger() },
  'dry-run': { schema: inputSchemas.boolean(), default: 'false' },
  reports: { schema: inputSchemas.lines() },
  'plan-digest': { schema: inputSchemas.digest(), required: true },
  token: { schema: inputSchemas.text().min(10, 'expected at least 10 characters'), secret: true },
};

function reader(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? '';
}

describe('parseInputs', () => {
  it('IN-001 treats empty as unset, applies defaults and parses each input', () => {
    const inputs = parseInputs(specs, reader({ 'plan-digest': 'a'.repeat(64), reports: ' a.xml \n\n b/*.xml\n', 'issue-number': '42' }));
    expect(inputs).toEqual({
      'issue-number': 42,
      'dry-run': false,
      reports: ['a.xml', 'b/*.xml'],
      'plan-digest': `sha256:${'a'.repeat(64)}`,
    });
    expect(inputs.goal).toBeUndefined();
  });

  it('IN-002 names every bad input and what was expected', () => {
    let caught: unknown;
    try {
      parseInputs(specs, reader({ 'issue-number': '-3', 'dry-run': 'yes' }));
    } catch (error) {
      caught = error;
    }
    expect(InputError.isInstance(caught)).toBe(true);
    const message = (caught as Error).message;
    expect(message).toContain(`Input 'issue-number': expected a positive integer (got "-3")`);
    expect(message).toContain(`Input 'dry-run': expected true or false (got "yes")`);
    expect(message).toContain(`Input 'plan-digest' is required but was not set.`);
  });

  it('IN-003 never echoes a secret input', () => {
    expect(() => parseInputs(specs, reader({ 'plan-digest': 'a'.repeat(64), token: 'hunter2' }))).toThrow(
      /^Input 'token': expected at least 10 characters\.$/,
    );
  });

  it('IN-004 refuses paths that leave the workspace', () => {
    const pathSpecs = { config: { schema: inputSchemas.relativePath() } };
    expect(() => parseInputs(pathSpecs, reader({ config: '../../etc/passwd' }))).toThrow(/stays inside the workspace/);
    expect(() => parseInputs(pathSpecs, reader({ config: '/etc/passwd' }))).toThrow(/relative to the workspace/);
    expect(parseInputs(pathSpecs, reader({ config: '.github/drydock.yml' })).config).toBe('.github/drydock.yml');
  });
});
