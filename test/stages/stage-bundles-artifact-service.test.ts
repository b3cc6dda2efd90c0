import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalArtifactService, type LocalArtifactService } from '../adapters/artifact-store-actions-server.js';
import { createSandbox, runBundleAsync, type RunnerSandbox } from './support/run-bundle.js';

// Stage bundles inside "Actions": with ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL set, hand-over
// goes through workflow artifacts. The service is the local server that speaks the artifact
// service protocol as @actions/artifact expects it (see ../adapters/artifact-store-actions-server.ts);
// the bundles talk to it over real HTTP with the real client.

let service: LocalArtifactService;
let sandbox: RunnerSandbox;
beforeAll(async () => {
  service = await startLocalArtifactService();
});
afterAll(async () => {
  await service.close();
});
beforeEach(() => {
  service.reset();
  sandbox = createSandbox();
});
afterEach(() => {
  rmSync(sandbox.root, { recursive: true, force: true });
});

function actionsEnvironment(runId: number, attempt = 1): Record<string, string> {
  return {
    ACTIONS_RUNTIME_TOKEN: service.runtimeToken(runId, attempt),
    ACTIONS_RESULTS_URL: `${service.url}/`,
    GITHUB_API_URL: service.url,
  };
}

describe('stage bundles over workflow artifacts', () => {
  it('plan uploads its state and journal; implement finds, verifies and continues them', async () => {
    const plan = await runBundleAsync('plan', sandbox, {
      runId: '31',
      inputs: { goal: 'Add a --verbose flag', 'github-token': service.restToken },
      environment: actionsEnvironment(31),
    });
    expect(plan.stdout).not.toContain('::error::');
    expect(plan.exitCode).toBe(0);
    expect(service.requests.some((request) => request.url.includes('CreateArtifact'))).toBe(true);

    const implement = await runBundleAsync('implement', sandbox, {
      runId: '31',
      inputs: {
        'plan-digest': plan.outputs['plan-digest']!,
        'state-digest': plan.outputs['state-digest']!,
        'github-token': service.restToken,
      },
      environment: actionsEnvironment(31),
    });
    expect(implement.stdout).not.toContain('::error::');
    expect(implement.exitCode).toBe(0);
    expect(implement.stdout).toContain('loaded from drydock-plan-attempt-1 (workflow artifacts)');
    expect(implement.outputs['state-artifact']).toBe('drydock-implement-attempt-1');
  });

  it('a re-run attempt reaches the earlier attempt through the REST path', async () => {
    const plan = await runBundleAsync('plan', sandbox, {
      runId: '32',
      inputs: { goal: 'Goal', 'github-token': service.restToken },
      environment: actionsEnvironment(32, 1),
    });
    expect(plan.exitCode).toBe(0);
    // Attempt 2 re-runs only the failed implement job: the plan artifact belongs to attempt 1.
    const implement = await runBundleAsync('implement', sandbox, {
      runId: '32',
      attempt: 2,
      inputs: { 'plan-digest': plan.outputs['plan-digest']!, 'github-token': service.restToken },
      environment: actionsEnvironment(32, 2),
    });
    expect(implement.stdout).not.toContain('::error::');
    expect(implement.exitCode).toBe(0);
    expect(implement.outputs['state-artifact']).toBe('drydock-implement-attempt-2');
  });
});
