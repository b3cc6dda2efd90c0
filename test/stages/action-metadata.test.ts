import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMON_INPUTS } from '../../src/stages/shared/common-inputs.js';
import { COMMON_OUTPUTS } from '../../src/stages/shared/constants.js';
import { canaryDeployStage } from '../../src/stages/canary-deploy/canary-deploy-stage.js';
import { implementStage } from '../../src/stages/implement/implement-stage.js';
import { planStage } from '../../src/stages/plan/plan-stage.js';
import { testTriageStage } from '../../src/stages/test-triage/test-triage-stage.js';
import { REPOSITORY_ROOT } from './support/run-bundle.js';

// action.yml is the user-facing contract: every input the code reads is declared and documented,
// and nothing is declared that the code ignores.

interface ActionMetadata {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
}

const stages = [planStage, implementStage, testTriageStage, canaryDeployStage];

describe.each(stages.map((stage) => [stage.name, stage] as const))('actions/%s/action.yml', (name, stage) => {
  const metadata = parse(readFileSync(join(REPOSITORY_ROOT, 'actions', name, 'action.yml'), 'utf8')) as ActionMetadata;

  it('runs the stage bundle on node24', () => {
    expect(metadata.runs.using).toBe('node24');
    expect(join('actions', name, metadata.runs.main)).toBe(join('dist', name, 'index.js'));
  });

  it('declares exactly the inputs the stage reads, each documented', () => {
    const declared = Object.keys(metadata.inputs).sort();
    const read = [...Object.keys(COMMON_INPUTS), ...Object.keys(stage.inputs)].sort();
    expect(declared).toEqual(read);
    for (const [input, spec] of Object.entries(metadata.inputs)) {
      expect((spec.description ?? '').trim().length, `input ${input}`).toBeGreaterThan(20);
    }
  });

  it('marks required inputs the same way the code does', () => {
    for (const [input, spec] of Object.entries(stage.inputs)) {
      expect(metadata.inputs[input]?.required === true, `input ${input}`).toBe((spec as { required?: boolean }).required === true);
    }
  });

  it('documents the common outputs', () => {
    for (const output of Object.values(COMMON_OUTPUTS)) {
      expect((metadata.outputs[output]?.description ?? '').trim().length, `output ${output}`).toBeGreaterThan(20);
    }
  });
});
