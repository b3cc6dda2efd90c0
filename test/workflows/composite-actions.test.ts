import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPOSITORY_ROOT } from '../stages/support/run-bundle.js';

// The composite actions forward their inputs to the stage actions: every input they pass must
// exist in that stage's action.yml, and every `${{ inputs.x }}` they read must be declared.

interface ActionFile {
  inputs?: Record<string, unknown>;
  outputs?: Record<string, { value?: string }>;
  runs: { using: string; steps: Array<{ id?: string; uses?: string; with?: Record<string, string> }> };
}

function action(name: string): ActionFile {
  return parse(readFileSync(join(REPOSITORY_ROOT, 'actions', name, 'action.yml'), 'utf8')) as ActionFile;
}

describe.each(['plan-and-implement', 'ci-doctor'])('actions/%s', (name) => {
  const composite = action(name);

  it('passes each stage only inputs that stage declares', () => {
    for (const step of composite.runs.steps) {
      const stage = /^\$\/actions\/([a-z-]+)$/.exec(step.uses ?? '')?.[1];
      if (stage === undefined) continue;
      const declared = Object.keys(action(stage).inputs ?? {});
      for (const input of Object.keys(step.with ?? {})) expect(declared, `${stage} input ${input}`).toContain(input);
    }
  });

  it('reads only inputs it declares and outputs of steps it has', () => {
    const text = readFileSync(join(REPOSITORY_ROOT, 'actions', name, 'action.yml'), 'utf8');
    const declared = Object.keys(composite.inputs ?? {});
    for (const [, input] of text.matchAll(/\binputs\.([a-z-]+)/g)) expect(declared).toContain(input);
    const stepIds = composite.runs.steps.map((step) => step.id);
    for (const [, stepId] of text.matchAll(/\bsteps\.([a-z-]+)\.outputs/g)) expect(stepIds).toContain(stepId);
  });
});

it('plan-and-implement binds implement to the digest of the plan it just made', () => {
  const implement = action('plan-and-implement').runs.steps.find((step) => step.uses === '$/actions/implement')!;
  expect(implement.with?.['plan-digest']).toBe('${{ steps.plan.outputs.plan-digest }}');
  expect(implement.with?.['state-digest']).toBe('${{ steps.plan.outputs.state-digest }}');
});
