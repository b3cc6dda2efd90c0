import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

/** One recorded exchange (see fixtures/prometheus/README.md). */
export interface RecordedExchange {
  request: { path: string; query: string; start: number; end: number; step: string };
  status: number;
  contentType: string;
  body: unknown;
}

export function loadExchange(name: string): RecordedExchange {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'prometheus', `${name}.json`), 'utf8')) as RecordedExchange;
}

/** A local server replaying recorded exchanges by query text; it records every request's parameters. */
export async function serveRecorded(names: readonly string[]): Promise<{ url: string; requests: URLSearchParams[]; close(): Promise<void> }> {
  const exchanges = names.map(loadExchange);
  const requests: URLSearchParams[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.searchParams);
    const exchange = exchanges.find((entry) => entry.request.path === url.pathname && entry.request.query === url.searchParams.get('query'));
    if (exchange === undefined) {
      response.writeHead(404);
      response.end('no recording');
      return;
    }
    response.writeHead(exchange.status, { 'content-type': exchange.contentType });
    response.end(JSON.stringify(exchange.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
