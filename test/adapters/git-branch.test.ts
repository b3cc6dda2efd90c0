import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitBranch, gitAuthEnvironment } from '../../src/adapters/git-branch.js';
import { git } from './support/git-repository.js';

// The push token reaches git only through its environment, as an extra header scoped to the
// server: never in argv, never in a remote URL, never in .git/config or an error message. A local
// HTTP server stands in for the git host and records what git sent.

const TOKEN = 'ghp_pushTOKEN0123456789abcdefABCDEF012345';
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'drydock-git-branch-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('git branch', () => {
  it('IM-030 sends the token as an Authorization header to its server only, and keeps it out of config and errors', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const urls: string[] = [];
    const server = createServer((request, response) => {
      seen.push(request.headers);
      urls.push(request.url ?? '');
      response.statusCode = 403;
      response.end('denied');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      git(root, ['init', '--quiet', '--initial-branch=main']);
      git(root, ['remote', 'add', 'origin', `${base}/acme/widgets.git`]);
      const branch = createGitBranch({ workTree: root, token: TOKEN, serverUrl: base, timeoutMs: 30_000 });
      const error = await branch.remoteBranchSha('main').then(
        () => undefined,
        (caught: unknown) => caught as Error,
      );
      expect(error?.message).toMatch(/git could not list the branches of 'origin'/);
      expect(error?.message).not.toContain(TOKEN);
      expect(seen[0]?.authorization).toBe(`basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`);
      expect(urls.join(' ')).not.toContain(TOKEN);
      expect(readFileSync(join(root, '.git', 'config'), 'utf8')).not.toContain(TOKEN);
    } finally {
      server.close();
    }
  });

  it('resets a persisted header of another token for the same server', () => {
    expect(gitAuthEnvironment('t', 'https://github.com/')).toEqual({
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${Buffer.from('x-access-token:t').toString('base64')}`,
    });
  });

  it('lists changed paths, commits exactly the given paths and reads trailers back', async () => {
    git(root, ['init', '--quiet', '--initial-branch=main']);
    git(root, ['commit', '--quiet', '--allow-empty', '-m', 'base']);
    const base = git(root, ['rev-parse', 'HEAD']).trim();
    const branch = createGitBranch({ workTree: root });
    writeFileSync(join(root, 'a.txt'), 'a\n');
    writeFileSync(join(root, 'b.txt'), 'b\n');
    expect(await branch.changedPaths()).toEqual(['a.txt', 'b.txt']);
    const sha = await branch.commit(['a.txt'], 'subject\n\nDrydock-Run: 1\nDrydock-Task: t1\n');
    expect(await branch.changedPaths()).toEqual(['b.txt']);
    expect(await branch.commits(base, sha)).toEqual([{ sha, trailers: [{ key: 'Drydock-Run', value: '1' }, { key: 'Drydock-Task', value: 't1' }] }]);
    await branch.discardChanges();
    expect(await branch.changedPaths()).toEqual([]);
  });
});
