/* global fetch */
// Runs one arm of the demo's canary: the service of this checkout on a free port of 127.0.0.1,
// recording every request it answers. `node canary/serve.mjs ARM VERSION` (ARM: baseline or canary)
// writes .canary/ARM.port and .canary/ARM.pid, and serves the arm's metrics as series JSON at
// GET /__metrics?query=METRIC%20ARM&start=UNIX&end=UNIX (METRIC: requests, errors or latency); the
// baseline forwards the canary's queries to it, so one URL serves the canary's http-json source.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { handle } from '../src/server.js';

const [arm, version] = process.argv.slice(2);
if (arm !== 'baseline' && arm !== 'canary') {
  process.stderr.write('usage: node canary/serve.mjs baseline|canary VERSION\n');
  process.exit(2);
}
/** Milliseconds every answer waits, standing for the network and upstream calls. */
const UPSTREAM_MS = 10;
/** @type {Array<{ at: number, ms: number, status: number }>} */
const answered = [];
/** Requests before this is set warm the arm up (a fresh process is slower at first) and are not counted. */
let counting = false;

function series(metric, start, end) {
  const inWindow = answered.filter((request) => request.at >= start && request.at <= end);
  if (metric === 'latency') return inWindow.map((request) => [request.at, request.ms]);
  // Counters: the running total at each whole second of the window.
  const samples = [];
  for (let second = Math.floor(start); second <= end; second += 1) {
    const upTo = answered.filter((request) => request.at <= second);
    samples.push([second, metric === 'errors' ? upTo.filter((request) => request.status >= 500).length : upTo.length]);
  }
  return samples;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/__metrics') {
    // query is "METRIC ARM": this arm answers its own; the baseline forwards the canary's to it.
    const [metric, wanted] = (url.searchParams.get('query') ?? '').split(' ');
    if (wanted !== arm && wanted === 'canary' && existsSync('.canary/canary.port')) {
      const forwarded = await fetch(`http://127.0.0.1:${readFileSync('.canary/canary.port', 'utf8').trim()}${url.pathname}${url.search}`);
      response.writeHead(forwarded.status, { 'content-type': 'application/json' });
      response.end(await forwarded.text());
      return;
    }
    if (wanted !== arm || !['requests', 'errors', 'latency'].includes(metric)) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: `no series for ${JSON.stringify(url.searchParams.get('query'))}` }));
      return;
    }
    const samples = series(metric, Number(url.searchParams.get('start')), Number(url.searchParams.get('end')));
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ series: [{ labels: { arm, version }, samples }] }));
    return;
  }
  const began = performance.now();
  response.on('finish', () => {
    if (counting) answered.push({ at: Date.now() / 1000, ms: performance.now() - began, status: response.statusCode });
  });
  // A deployed service waits on its network and upstream calls; 10 ms stands for them here, so
  // latency is milliseconds as in production, not the microseconds of a function call.
  await new Promise((resolve) => setTimeout(resolve, UPSTREAM_MS));
  try {
    handle(request, response);
  } catch {
    response.writeHead(500);
    response.end();
  }
});
server.listen(0, '127.0.0.1', async () => {
  for (let warm = 0; warm < 100; warm += 1) await (await fetch(`http://127.0.0.1:${server.address().port}/hello?name=warm`)).arrayBuffer();
  counting = true;
  mkdirSync('.canary', { recursive: true });
  writeFileSync(`.canary/${arm}.pid`, String(process.pid));
  writeFileSync(`.canary/${arm}.port`, String(server.address().port));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
