import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server speaking the parts of GitHub's REST protocol the triage adapters use:
 * listing issues by label (paginated with `Link` headers, pull requests mixed in as GitHub does),
 * creating and updating issues, and listing a workflow's runs. Requests are recorded.
 */

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  pullRequest?: boolean;
}

export interface WorkflowRun {
  id: number;
  branch: string;
  status: string;
}

export interface IssuesServer {
  url: string;
  issues: StoredIssue[];
  runs: Map<string, WorkflowRun[]>;
  requests: Array<{ method: string; path: string; query: Record<string, string>; authorization: string | undefined }>;
  close(): Promise<void>;
}

const TOKEN = 'ghs_triageTestToken0123456789';
export { TOKEN as ISSUES_SERVER_TOKEN };

export async function startIssuesServer(owner: string, repo: string): Promise<IssuesServer> {
  const state: IssuesServer = { url: '', issues: [], runs: new Map(), requests: [], close: async () => undefined };
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (raw += chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const query = Object.fromEntries(url.searchParams);
      state.requests.push({ method: request.method ?? '', path: url.pathname, query, authorization: request.headers.authorization });
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { 'content-type': 'application/json', 'x-ratelimit-remaining': '4999', 'x-ratelimit-limit': '5000', ...headers });
        response.end(JSON.stringify(body));
      };
      if (request.headers.authorization !== `token ${TOKEN}`) return send(401, { message: 'Bad credentials' });
      const prefix = `/repos/${owner}/${repo}`;
      const rest = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : undefined;
      const issueBody = (issue: StoredIssue) => ({
        number: issue.number,
        title: issue.title,
        body: issue.body,
        state: issue.state,
        html_url: `https://github.com/${owner}/${repo}/issues/${issue.number}`,
        labels: issue.labels.map((name) => ({ name })),
        ...(issue.pullRequest === true ? { pull_request: { url: 'x' } } : {}),
      });
      const body = raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
      if (request.method === 'GET' && rest === '/issues') {
        const label = query.labels ?? '';
        const matching = state.issues.filter((issue) => (label === '' || issue.labels.includes(label)) && (query.state === 'all' || issue.state === (query.state ?? 'open'))).sort((left, right) => right.number - left.number);
        const perPage = Number(query.per_page ?? 30);
        const page = Number(query.page ?? 1);
        const slice = matching.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < matching.length) {
          const next = new URL(`${state.url}${prefix}/issues`);
          for (const [key, value] of Object.entries({ ...query, page: String(page + 1) })) next.searchParams.set(key, value);
          headers.link = `<${next.toString()}>; rel="next"`;
        }
        return send(200, slice.map(issueBody), headers);
      }
      if (request.method === 'POST' && rest === '/issues') {
        const issue: StoredIssue = { number: state.issues.length + 1, title: String(body.title), body: String(body.body), labels: (body.labels as string[]) ?? [], state: 'open' };
        state.issues.push(issue);
        return send(201, issueBody(issue));
      }
      const patch = rest === undefined ? null : /^\/issues\/(\d+)$/.exec(rest);
      if (request.method === 'PATCH' && patch !== null) {
        const issue = state.issues.find((candidate) => candidate.number === Number(patch[1]));
        if (issue === undefined) return send(404, { message: 'Not Found' });
        if (typeof body.title === 'string') issue.title = body.title;
        if (typeof body.body === 'string') issue.body = body.body;
        return send(200, issueBody(issue));
      }
      const runs = rest === undefined ? null : /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest);
      if (request.method === 'GET' && runs !== null) {
        const all = (state.runs.get(decodeURIComponent(runs[1] ?? '')) ?? []).filter((run) => (query.branch === undefined || run.branch === query.branch) && (query.status === undefined || run.status === query.status));
        return send(200, { total_count: all.length, workflow_runs: all.slice(0, Number(query.per_page ?? 30)).map((run) => ({ id: run.id, head_branch: run.branch, status: run.status })) });
      }
      return send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
