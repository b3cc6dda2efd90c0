import { createServer, request as forward, type Server } from 'node:http';

/** One GitHub API root in front of two local servers, each speaking its part of the protocol. */
export interface GitHubApiRouter {
  /** The API root the bundles get as GITHUB_API_URL. */
  url: string;
  close(): Promise<void>;
}

/**
 * The Actions runner gives a step one GITHUB_API_URL for everything: the stages reach the
 * repository, permissions and issues through it (the local GitHub REST server,
 * ../../adapters/support/github-rest-server.ts) and the artifacts of earlier workflow runs and
 * attempts too (the local artifact service's REST part). This router sends `…/actions/…` paths to
 * the artifact service and everything else to the GitHub server, passing method, headers and body
 * through unchanged and the answer back as it is (redirects included).
 */
export async function startGitHubApiRouter(targets: { actions: string; rest: string }): Promise<GitHubApiRouter> {
  const server: Server = createServer((incoming, outgoing) => {
    const path = incoming.url ?? '/';
    const base = new URL(/^\/repos\/[^/]+\/[^/]+\/actions\//.test(path) ? targets.actions : targets.rest);
    const upstream = forward(
      { hostname: base.hostname, port: base.port, method: incoming.method, path: `${base.pathname.replace(/\/$/, '')}${path}`, headers: { ...incoming.headers, host: base.host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', (error) => {
      outgoing.writeHead(502, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ message: `router: ${error.message}` }));
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The router has no TCP address.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error === undefined ? resolve() : reject(error)))),
  };
}
