import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubDeployments } from '../../src/adapters/deployments-github.js';
import { createLocalDeployments, readLocalDeployments } from '../../src/adapters/deployments-local.js';
import { startFakeGitHub, type FakeGitHub } from './support/github-rest-server.js';

describe('GitHub deployments (local server speaking the REST protocol)', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub({ owner: 'acme', repo: 'widgets', token: 'ghs_test' });
  });
  afterAll(async () => github.close());

  it('DP-001 creates a deployment and statuses with environment and log URLs', async () => {
    const deployments = createGitHubDeployments({ token: 'ghs_test', owner: 'acme', repo: 'widgets', baseUrl: github.baseUrl });
    const created = await deployments.createDeployment({ ref: 'c'.repeat(40), environment: 'production', description: 'Canary v2', payload: { version: 'v2' } });
    const request = github.requests.find((entry) => entry.method === 'POST' && entry.path === '/repos/acme/widgets/deployments')!;
    expect(request.body).toMatchObject({ ref: 'c'.repeat(40), environment: 'production', auto_merge: false, required_contexts: [], payload: { version: 'v2' } });
    await deployments.createStatus({ deploymentId: created.id, state: 'in_progress', description: 'x'.repeat(300), environmentUrl: 'https://web.example.com', logUrl: 'https://github.com/acme/widgets/actions/runs/1' });
    await deployments.createStatus({ deploymentId: created.id, state: 'success', description: 'Promoted' });
    const statuses = github.state.deployments[0]!.statuses;
    expect(statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
    expect(statuses[0]).toMatchObject({ environment_url: 'https://web.example.com', log_url: 'https://github.com/acme/widgets/actions/runs/1', auto_inactive: false });
    expect(statuses[0]!.description).toHaveLength(140);
    expect(statuses[1]!.auto_inactive).toBe(true);
  });

  it('DP-002 an unknown deployment is a clear error', async () => {
    const deployments = createGitHubDeployments({ token: 'ghs_test', owner: 'acme', repo: 'widgets', baseUrl: github.baseUrl });
    await expect(deployments.createStatus({ deploymentId: 1, state: 'failure', description: 'x' })).rejects.toThrow(/Could not set deployment 1 to failure/);
  });
});

describe('local deployments', () => {
  it('DP-010 records deployments and statuses in one JSON file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'drydock-deployments-')), 'deployments.json');
    const deployments = createLocalDeployments({ file, now: () => new Date('2026-01-01T00:00:00Z') });
    const { id } = await deployments.createDeployment({ ref: 'abc', environment: 'staging', description: 'Canary', payload: { version: 'v2' } });
    await Promise.all([
      deployments.createStatus({ deploymentId: id, state: 'in_progress', description: '10%' }),
      deployments.createStatus({ deploymentId: id, state: 'failure', description: 'rolled back', logUrl: 'https://example.com/run' }),
    ]);
    const records = await readLocalDeployments(file);
    expect(records.deployments[0]!.statuses.map((status) => [status.id, status.state])).toEqual([[1, 'in_progress'], [2, 'failure']]);
    expect(JSON.parse(readFileSync(file, 'utf8')).deployments[0].environment).toBe('staging');
    await expect(deployments.createStatus({ deploymentId: 9, state: 'success', description: '' })).rejects.toThrow(/Deployment 9 is not in/);
  });
});
