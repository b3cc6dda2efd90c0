import { describe, expect, it } from 'vitest';
import type { ArtifactInfo } from '../../src/core/ports/artifact-store.js';
import { parseStageArtifactName, stageArtifactName } from '../../src/stages/shared/constants.js';
import { findEarlierAttemptArtifact, findIncomingArtifact } from '../../src/stages/shared/hand-over.js';
import { implementArtifactVariant } from '../../src/stages/implement/implement-inputs.js';

function artifacts(...names: string[]): ArtifactInfo[] {
  return names.map((name) => ({ name, runId: '7', size: 1 }));
}

describe('stage artifact names', () => {
  it('name a stage attempt, with a variant for a second job of the stage in the same run', () => {
    expect(stageArtifactName('plan', 1)).toBe('drydock-plan-attempt-1');
    expect(stageArtifactName('canary-deploy', 2, 'until-25')).toBe('drydock-canary-deploy--until-25-attempt-2');
    expect(parseStageArtifactName('drydock-canary-deploy--until-25-attempt-2')).toEqual({ stage: 'canary-deploy', attempt: 2, variant: 'until-25' });
    expect(parseStageArtifactName('drydock-test-triage-attempt-3')).toEqual({ stage: 'test-triage', attempt: 3 });
    expect(parseStageArtifactName('drydock-canary-deploy---attempt-1')).toBeUndefined();
    expect(parseStageArtifactName('drydock-deploy-attempt-1')).toBeUndefined();
  });

  it('refuse a variant that would make an ambiguous or unsafe name', () => {
    for (const variant of ['', 'Until', 'a--b', '-a', 'a/b', 'x'.repeat(41)]) {
      expect(() => stageArtifactName('implement', 1, variant), variant).toThrow(/Invalid artifact variant/);
    }
  });

  it('give each matrix shard of implement its own variant, independent of the order of its tasks', () => {
    expect(implementArtifactVariant({})).toBeUndefined();
    expect(implementArtifactVariant({ tasks: [] })).toBeUndefined();
    const shard = implementArtifactVariant({ tasks: ['t2', 't1'] });
    expect(shard).toMatch(/^shard-[0-9a-f]{12}$/);
    expect(implementArtifactVariant({ tasks: ['t1', 't2'] })).toBe(shard);
    expect(implementArtifactVariant({ tasks: ['t3'] })).not.toBe(shard);
  });

  it('hand over from the main job of the nearest earlier stage, never from a shard or a paused canary', () => {
    const run = artifacts(
      'drydock-plan-attempt-1',
      'drydock-implement--shard-0123456789ab-attempt-1',
      'drydock-implement--shard-ba9876543210-attempt-2',
      'drydock-implement-attempt-1',
    );
    expect(findIncomingArtifact(run, 'test-triage')).toBe('drydock-implement-attempt-1');
    expect(findIncomingArtifact(artifacts('drydock-plan-attempt-1', 'drydock-implement--shard-0123456789ab-attempt-1'), 'test-triage')).toBe('drydock-plan-attempt-1');
  });

  it('resume a re-run from the same job only', () => {
    const run = artifacts('drydock-canary-deploy--until-25-attempt-1', 'drydock-canary-deploy-attempt-1');
    expect(findEarlierAttemptArtifact(run, 'canary-deploy', 2, 'until-25')).toBe('drydock-canary-deploy--until-25-attempt-1');
    expect(findEarlierAttemptArtifact(run, 'canary-deploy', 2)).toBe('drydock-canary-deploy-attempt-1');
    expect(findEarlierAttemptArtifact(run, 'canary-deploy', 1, 'until-25')).toBeUndefined();
  });
});
