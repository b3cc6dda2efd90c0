import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  basicError,
  fullRepository,
  gitRef,
  issue,
  issueComment,
  label,
  pullRequest,
  pullRequestSimple,
  simpleUser,
  type BodyContext,
  type PullRequestFields,
} from './github-rest-bodies.js';
import { paginate } from './github-rest-pagination.js';
import { checkAgainstRestDescription, loadRestDescription } from './github-rest-openapi.js';

/**
 * A local HTTP server that speaks GitHub's REST protocol for exactly the endpoints the GitHub
 * forge uses, with state, `Link` pagination, rate-limit headers and injectable faults. Every
 * request is recorded so tests can assert what went over the wire.
 */

export interface RecordedRequest {
  method: string;
  /** Path as requested (`/repositories/{id}/…` when following a Link), without the query, decoded per segment. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

/** A canned answer for the next request(s) to `method path`. */
export interface Fault {
  method: string;
  path: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get this answer; default 1. */
  times?: number;
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  author: string;
  body: string;
}

export interface FakePullRequest {
  number: number;
  head: string;
  /** `owner/name` of the repository holding the head branch (a fork when it differs). */
  headRepository: string;
  base: string;
  title: string;
  body: string | null;
  draft: boolean;
  state: 'open' | 'closed';
}

export interface FakeDeployment {
  id: number;
  ref: string;
  environment: string;
  description: string;
  payload: unknown;
  statuses: Array<{ id: number; state: string; description: string; environment_url?: string; log_url?: string; auto_inactive?: boolean }>;
}

export interface FakeGitHubState {
  defaultBranch: string;
  /** Branch → sha. */
  branches: Map<string, string>;
  /** Login → `repository-collaborator-permission` fields. */
  permissions: Map<string, { permission: string; role_name: string; flags?: Record<string, boolean> }>;
  issues: Map<number, { title: string; body: string | null; author: string; labels: string[] }>;
  comments: FakeComment[];
  pullRequests: FakePullRequest[];
  /** The login behind `GET /user`; undefined answers 403 as GitHub does for installation tokens. */
  authenticatedUser: string | undefined;
  /** Deployments and their statuses, in creation order. */
  deployments: FakeDeployment[];
}

export interface FakeGitHub {
  readonly baseUrl: string;
  readonly state: FakeGitHubState;
  readonly requests: RecordedRequest[];
  /** Requests that GitHub's REST description does not allow, with why; each was answered 422. */
  readonly violations: string[];
  injectFault(fault: Fault): void;
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

export async function startFakeGitHub(options: { owner: string; repo: string; token: string }): Promise<FakeGitHub> {
  const { owner, repo, token } = options;
  loadRestDescription();
  const state: FakeGitHubState = {
    defaultBranch: 'main',
    branches: new Map([['main', 'a'.repeat(40)]]),
    permissions: new Map(),
    issues: new Map(),
    comments: [],
    pullRequests: [],
    authenticatedUser: undefined,
    deployments: [],
  };
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const faults: Fault[] = [];
  let apiRoot = '';
  let nextCommentId = 1_000_000;
  const context = (): BodyContext => ({ apiRoot, owner, repo, repositoryId: 424242 });
  const userIds = new Map<string, number>();
  const user = (login: string) => {
    if (!userIds.has(login)) userIds.set(login, 100 + userIds.size);
    return simpleUser(context(), login, userIds.get(login) ?? 0);
  };
  const repository = (fullName = `${owner}/${repo}`) => {
    const [repositoryOwner = owner] = fullName.split('/');
    return fullRepository({ ...context(), owner: repositoryOwner }, user(repositoryOwner), state.defaultBranch);
  };

  function pullFields(pull: FakePullRequest): PullRequestFields {
    const headOwner = pull.headRepository.split('/')[0] ?? owner;
    return {
      ...pull,
      merged: false,
      user: user(headOwner === owner ? 'drydock-bot' : headOwner),
      head: { ref: pull.head, sha: state.branches.get(pull.head) ?? 'b'.repeat(40), repository: repository(pull.headRepository), owner: user(headOwner) },
      base: { ref: pull.base, sha: state.branches.get(pull.base) ?? 'a'.repeat(40), repository: repository(), owner: user(owner) },
    };
  }

  function commentBody(comment: FakeComment) {
    return issueComment(context(), {
      ...comment,
      user: user(comment.author),
      createdAt: new Date(Date.UTC(2025, 5, 1, 0, 0, comment.id % 1000)).toISOString().replace('.000Z', 'Z'),
      updatedAt: '2025-06-05T00:00:00Z',
    });
  }

  /** GitHub's Link headers point at /repositories/{id}/…; both spellings reach the same handlers. */
  function canonicalPath(path: string): string {
    return path.replace(/^\/repositories\/424242(?=\/|$)/, `/repos/${owner}/${repo}`);
  }

  function route(request: RecordedRequest, response: ServerResponse): [number, unknown] {
    const method = request.method;
    const path = canonicalPath(request.path);
    const prefix = `/repos/${owner}/${repo}`;
    const notFound: [number, unknown] = [404, basicError('Not Found', 'repos/repos#get-a-repository', 404)];
    if (method === 'GET' && path === '/user') {
      if (state.authenticatedUser === undefined) {
        return [403, basicError('Resource not accessible by integration', 'users/users#get-the-authenticated-user', 403)];
      }
      return [200, user(state.authenticatedUser)];
    }
    if (!path.startsWith(prefix)) return notFound;
    const rest = path.slice(prefix.length);
    const body = (request.body ?? {}) as Record<string, unknown>;
    let match: RegExpMatchArray | null;
    if (method === 'GET' && rest === '') return [200, repository()];
    if (method === 'GET' && (match = rest.match(/^\/collaborators\/([^/]+)\/permission$/))) {
      const login = match[1] ?? '';
      const grant = state.permissions.get(login);
      if (grant === undefined) return [404, basicError(`${login} is not a user`, 'collaborators/collaborators#get-repository-permissions-for-a-user', 404)];
      return [200, { permission: grant.permission, role_name: grant.role_name, user: { ...user(login), permissions: grant.flags, role_name: grant.role_name } }];
    }
    if ((match = rest.match(/^\/issues\/(\d+)(\/comments|\/labels)?$/))) {
      const number = Number(match[1]);
      const found = state.issues.get(number);
      if (found === undefined) return [404, basicError('Not Found', 'issues/issues#get-an-issue', 404)];
      const comments = state.comments.filter((comment) => comment.issueNumber === number);
      if (method === 'GET' && match[2] === undefined) {
        const labels = found.labels.map((name, index) => label(context(), name, 500 + index));
        return [200, issue(context(), { number, ...found, user: user(found.author), labels, comments: comments.length })];
      }
      if (method === 'GET' && match[2] === '/comments') {
        return [200, paginate(response, comments, request.query, `${apiRoot}/repositories/424242/issues/${number}/comments`).map(commentBody)];
      }
      if (method === 'POST' && match[2] === '/comments') {
        const comment = { id: nextCommentId++, issueNumber: number, author: state.authenticatedUser ?? 'github-actions[bot]', body: String(body.body) };
        state.comments.push(comment);
        response.setHeader('location', `${apiRoot}${prefix}/issues/comments/${comment.id}`);
        return [201, commentBody(comment)];
      }
      if (method === 'POST' && match[2] === '/labels') {
        for (const name of body.labels as string[]) if (!found.labels.includes(name)) found.labels.push(name);
        return [200, found.labels.map((name, index) => label(context(), name, 500 + index))];
      }
    }
    if (method === 'PATCH' && (match = rest.match(/^\/issues\/comments\/(\d+)$/))) {
      const comment = state.comments.find((candidate) => candidate.id === Number(match?.[1]));
      if (comment === undefined) return [404, basicError('Not Found', 'issues/comments#update-an-issue-comment', 404)];
      comment.body = String(body.body);
      return [200, commentBody(comment)];
    }
    if (method === 'GET' && (match = rest.match(/^\/git\/ref\/heads\/(.+)$/))) {
      const sha = state.branches.get(match[1] ?? '');
      return sha === undefined ? [404, basicError('Not Found', 'git/refs#get-a-reference', 404)] : [200, gitRef(context(), match[1] ?? '', sha)];
    }
    if (method === 'GET' && rest === '/pulls') {
      const head = request.query.head;
      const open = state.pullRequests.filter(
        (pull) => pull.state === (request.query.state ?? 'open') && (head === undefined || `${pull.headRepository.split('/')[0]}:${pull.head}` === head),
      );
      return [200, paginate(response, open, request.query, `${apiRoot}/repositories/424242/pulls`).map((pull) => pullRequestSimple(context(), pullFields(pull)))];
    }
    if (method === 'POST' && rest === '/pulls') {
      const validation = (message: string): [number, unknown] => [
        422,
        { ...basicError('Validation Failed', 'pulls/pulls#create-a-pull-request', 422), errors: [{ resource: 'PullRequest', code: 'custom', message }] },
      ];
      const head = String(body.head);
      if (!state.branches.has(head)) return validation(`head ${head} does not exist`);
      if (state.pullRequests.some((pull) => pull.state === 'open' && pull.head === head && pull.headRepository === `${owner}/${repo}`)) {
        return validation(`A pull request already exists for ${owner}:${head}.`);
      }
      const number = Math.max(0, ...state.issues.keys(), ...state.pullRequests.map((pull) => pull.number)) + 1;
      const pull: FakePullRequest = {
        number,
        head,
        headRepository: `${owner}/${repo}`,
        base: String(body.base),
        title: String(body.title),
        body: (body.body as string | undefined) ?? null,
        draft: body.draft === true,
        state: 'open',
      };
      state.pullRequests.push(pull);
      return [201, pullRequest(context(), pullFields(pull))];
    }
    if (method === 'POST' && rest === '/deployments') {
      const deployment: FakeDeployment = {
        id: 7000 + state.deployments.length + 1,
        ref: String(body.ref),
        environment: String(body.environment ?? 'production'),
        description: String(body.description ?? ''),
        payload: body.payload ?? {},
        statuses: [],
      };
      state.deployments.push(deployment);
      return [201, { id: deployment.id, url: `${apiRoot}${prefix}/deployments/${deployment.id}`, sha: deployment.ref, ref: deployment.ref, environment: deployment.environment, description: deployment.description, payload: deployment.payload }];
    }
    if (method === 'POST' && (match = rest.match(/^\/deployments\/(\d+)\/statuses$/))) {
      const deployment = state.deployments.find((candidate) => candidate.id === Number(match?.[1]));
      if (deployment === undefined) return [404, basicError('Not Found', 'deployments/statuses#create-a-deployment-status', 404)];
      const status = { id: 9000 + state.deployments.reduce((sum, entry) => sum + entry.statuses.length, 0) + 1, state: String(body.state), description: String(body.description ?? ''), ...(typeof body.environment_url === 'string' ? { environment_url: body.environment_url } : {}), ...(typeof body.log_url === 'string' ? { log_url: body.log_url } : {}), ...(typeof body.auto_inactive === 'boolean' ? { auto_inactive: body.auto_inactive } : {}) };
      deployment.statuses.push(status);
      return [201, { ...status, url: `${apiRoot}${prefix}/deployments/${deployment.id}/statuses/${status.id}` }];
    }
    if (method === 'PATCH' && (match = rest.match(/^\/pulls\/(\d+)$/))) {
      const pull = state.pullRequests.find((candidate) => candidate.number === Number(match?.[1]));
      if (pull === undefined) return [404, basicError('Not Found', 'pulls/pulls#update-a-pull-request', 404)];
      if (typeof body.title === 'string') pull.title = body.title;
      if (typeof body.body === 'string') pull.body = body.body;
      if (typeof body.base === 'string') pull.base = body.base;
      return [200, pullRequest(context(), pullFields(pull))];
    }
    return notFound;
  }

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(incoming.url ?? '/', apiRoot);
    const request: RecordedRequest = {
      method: incoming.method ?? 'GET',
      path: url.pathname.split('/').map(decodeURIComponent).join('/'),
      query: Object.fromEntries(url.searchParams),
      body: text.length > 0 ? JSON.parse(text) : undefined,
      authorization: incoming.headers.authorization,
    };
    requests.push(request);
    const now = Math.floor(Date.now() / 1000);
    response.setHeader('content-type', JSON_TYPE);
    response.setHeader('x-github-api-version-selected', '2022-11-28');
    response.setHeader('x-ratelimit-limit', '5000');
    response.setHeader('x-ratelimit-remaining', String(5000 - requests.length));
    response.setHeader('x-ratelimit-reset', String(now + 3600));
    response.setHeader('x-ratelimit-resource', 'core');
    let status: number;
    let payload: unknown;
    // Every request is checked against GitHub's own REST description first: a call GitHub would
    // not understand fails here, whatever the routes below would have made of it.
    const problems = checkAgainstRestDescription({ ...request, path: canonicalPath(request.path) });
    violations.push(...problems);
    const faultIndex = faults.findIndex((fault) => fault.method === request.method && fault.path === canonicalPath(request.path));
    const fault = faults[faultIndex];
    if (problems.length > 0) {
      [status, payload] = [422, { ...basicError(`Not a request GitHub's REST description allows: ${problems.join('; ')}`, 'rest', 422) }];
    } else if (fault !== undefined) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) faults.splice(faultIndex, 1);
      for (const [name, value] of Object.entries(fault.headers ?? {})) response.setHeader(name, value);
      [status, payload] = [fault.status, fault.body ?? basicError('Server Error', 'overview', fault.status)];
    } else if (request.authorization !== `token ${token}`) {
      [status, payload] = [401, basicError('Bad credentials', 'rest', 401)];
    } else {
      [status, payload] = route(request, response);
    }
    response.statusCode = status;
    response.end(JSON.stringify(payload));
  }

  const server: Server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(JSON.stringify({ message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: apiRoot,
    state,
    requests,
    violations,
    injectFault: (fault) => faults.push({ ...fault }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
