import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubRunSource } from '../../../src/adapters/triage-history-runs.js';
import { createGitHubIssueTracker } from '../../../src/adapters/triage-issue-tracker.js';
import { flakyIssueMarker } from '../../../src/core/triage/flaky-table.js';
import { ISSUES_SERVER_TOKEN, startIssuesServer, type IssuesServer } from './support/issues-rest-server.js';

// The GitHub adapters of triage against a local server speaking GitHub's REST protocol for the
// endpoints they use (the real API cannot be reached from tests): issues by label with Link
// pagination, issue create and update, and a workflow's runs.

let server: IssuesServer;
beforeAll(async () => {
  server = await startIssuesServer('acme', 'widgets');
});
afterAll(async () => {
  await server.close();
});
const log = { info: () => undefined, debug: () => undefined };

describe('GitHub issue tracker', () => {
  it('finds the issue holding the marker on a later page and updates it instead of opening another', async () => {
    for (let index = 0; index < 130; index += 1) {
      server.issues.push({ number: index + 1, title: `other ${index}`, body: `body ${index}`, labels: ['flaky-test'], state: index % 2 === 0 ? 'open' : 'closed', pullRequest: index === 0 });
    }
    const marker = flakyIssueMarker('suite::a');
    server.issues[2]!.body = `${marker}\nold`;
    // An issue that only quotes the marker (say, in a test name) is not the one.
    server.issues[120]!.body = `See ${marker}`;
    server.issues[2]!.state = 'closed';
    const tracker = createGitHubIssueTracker({ token: ISSUES_SERVER_TOKEN, owner: 'acme', repo: 'widgets', baseUrl: server.url, log });
    const updated = await tracker.upsertIssue({ marker, title: 'Flaky test: suite::a', body: `${marker}\nnew`, labels: ['flaky-test'] });
    expect(updated).toEqual({ created: false, value: { number: 3, url: 'https://github.com/acme/widgets/issues/3', title: 'Flaky test: suite::a', state: 'closed' } });
    expect(server.issues[2]!.body).toBe(`${marker}\nnew`);
    const pages = server.requests.filter((request) => request.method === 'GET' && request.path === '/repos/acme/widgets/issues');
    expect(pages.map((request) => request.query.page ?? '1')).toEqual(['1', '2']);
    expect(pages[0]!.query).toMatchObject({ labels: 'flaky-test', state: 'all', per_page: '100' });

    const otherMarker = flakyIssueMarker('suite::b');
    const created = await tracker.upsertIssue({ marker: otherMarker, title: 'Flaky test: suite::b', body: `${otherMarker}\nb`, labels: ['flaky-test'] });
    expect(created).toMatchObject({ created: true, value: { number: 131 } });
    expect(server.issues.at(-1)).toMatchObject({ labels: ['flaky-test'], body: `${otherMarker}\nb` });
    await expect(tracker.upsertIssue({ marker: otherMarker, title: 't', body: 'no marker', labels: ['flaky-test'] })).rejects.toThrow(/must start with its marker/);
  });
});

describe('GitHub run source', () => {
  it('lists completed runs of the workflow on the branch, newest first, without this run', async () => {
    server.runs.set('ci.yml', [
      { id: 9, branch: 'main', status: 'completed' },
      { id: 8, branch: 'feature', status: 'completed' },
      { id: 7, branch: 'main', status: 'completed' },
      { id: 6, branch: 'main', status: 'completed' },
    ]);
    const source = createGitHubRunSource({ token: ISSUES_SERVER_TOKEN, owner: 'acme', repo: 'widgets', workflow: 'ci.yml', branch: 'main', currentRunId: '9', baseUrl: server.url, log });
    expect(await source.listRunIds(2)).toEqual(['7', '6']);
    expect(server.requests.at(-1)).toMatchObject({ path: '/repos/acme/widgets/actions/workflows/ci.yml/runs', query: { branch: 'main', status: 'completed', per_page: '3' } });
  });
});
