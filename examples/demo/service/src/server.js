import { createServer } from 'node:http';
import { greet } from './greeting.js';

/** Answers GET /hello?name=Ada&lang=en with JSON { greeting }. */
export function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'GET' && url.pathname === '/hello') {
    const body = JSON.stringify({ greeting: greet(url.searchParams.get('name') ?? undefined, url.searchParams.get('lang') ?? 'en') });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(body);
    return;
  }
  response.writeHead(404, { 'content-type': 'application/json' });
  response.end('{"error":"not found"}');
}

/** Starts the service on `port` (0: any free port); resolves to the server. */
export function start(port = 0) {
  const server = createServer(handle);
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const server = await start(Number(process.env.PORT ?? 8080));
  process.stdout.write(`greeter listening on ${server.address().port}\n`);
}
