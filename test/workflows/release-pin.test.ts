import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DRYDOCK_RELEASE } from '../../src/cli/drydock-release.js';
import { REPOSITORY_ROOT } from '../stages/support/run-bundle.js';
import { SHIPPED_WORKFLOWS } from './workflow-files.js';

// Every Drydock reference in the shipped workflows points at the one release drydock init writes.

const DRYDOCK_REFERENCE = /uses:\s*([A-Za-z0-9_.-]+\/drydock\/[^\s@]+)@(\S+)/g;

describe('the Drydock release pin', () => {
  it.each(SHIPPED_WORKFLOWS.filter((path) => path !== '.github/workflows/ci.yml'))('%s uses it everywhere', (path) => {
    const text = readFileSync(join(REPOSITORY_ROOT, path), 'utf8');
    const references = [...text.matchAll(DRYDOCK_REFERENCE)];
    expect(references.length).toBeGreaterThan(0);
    for (const [, target, ref] of references) {
      expect(target!.startsWith(`${DRYDOCK_RELEASE.repository}/`), target).toBe(true);
      expect(ref).toBe(DRYDOCK_RELEASE.commit);
    }
  });

  it('the composite actions call the stages of their own repository and commit', () => {
    for (const name of ['plan-and-implement', 'ci-doctor']) {
      const action = parse(readFileSync(join(REPOSITORY_ROOT, 'actions', name, 'action.yml'), 'utf8')) as {
        runs: { using: string; steps: Array<{ uses?: string }> };
      };
      expect(action.runs.using).toBe('composite');
      const stageSteps = action.runs.steps.filter((step) => step.uses?.startsWith('$/actions/'));
      expect(stageSteps.length, name).toBeGreaterThan(0);
    }
  });
});
