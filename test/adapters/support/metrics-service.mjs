// A small service for canary tests, run as its own Node process: it simulates a steady stream of
// requests (200 per second) and exposes Prometheus text metrics on /metrics — a request counter by
// status code and a latency histogram. POST /control {"errorRate": 0.05, "latencyFactor": 1.5}
// changes what the simulated requests look like. Latencies come from a seeded generator, so two
// services with the same settings produce statistically identical data.
import { createServer } from 'node:http';
import { setInterval } from 'node:timers';

const REQUESTS_PER_SECOND = 200;
const TICK_MS = 50;
const BUCKETS = [0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 2.5];

const seed = Number(process.argv[2] ?? 1);
let state = seed >>> 0;
function random() {
  // mulberry32
  state = (state + 0x6d2b79f5) >>> 0;
  let value = state;
  value = Math.imul(value ^ (value >>> 15), value | 1);
  value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
  return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
}

let settings = { errorRate: 0.002, latencyFactor: 1 };
const counts = { 200: 0, 500: 0 };
const bucketCounts = BUCKETS.map(() => 0);
let latencySum = 0;
let latencyCount = 0;
let errorCredit = 0;
let pending = 0;

function simulate() {
  pending += (REQUESTS_PER_SECOND * TICK_MS) / 1000;
  while (pending >= 1) {
    pending -= 1;
    // Errors at exactly the configured rate, spread evenly.
    errorCredit += settings.errorRate;
    const failed = errorCredit >= 1;
    if (failed) errorCredit -= 1;
    counts[failed ? 500 : 200] += 1;
    // Latency: 40 ms plus an exponential tail with mean 20 ms, times the factor.
    const seconds = (0.04 - 0.02 * Math.log(1 - random())) * settings.latencyFactor;
    latencySum += seconds;
    latencyCount += 1;
    BUCKETS.forEach((bound, index) => {
      if (seconds <= bound) bucketCounts[index] += 1;
    });
  }
}
setInterval(simulate, TICK_MS).unref();

function exposition() {
  const lines = [
    '# HELP http_requests_total Requests served, by status code.',
    '# TYPE http_requests_total counter',
    `http_requests_total{code="200"} ${counts[200]}`,
    `http_requests_total{code="500"} ${counts[500]}`,
    '# HELP http_request_duration_seconds Request latency.',
    '# TYPE http_request_duration_seconds histogram',
    ...BUCKETS.map((bound, index) => `http_request_duration_seconds_bucket{le="${bound}"} ${bucketCounts[index]}`),
    `http_request_duration_seconds_bucket{le="+Inf"} ${latencyCount}`,
    `http_request_duration_seconds_sum ${latencySum}`,
    `http_request_duration_seconds_count ${latencyCount}`,
  ];
  return `${lines.join('\n')}\n`;
}

const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/metrics') {
    response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    response.end(exposition());
    return;
  }
  if (request.method === 'POST' && request.url === '/control') {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      settings = { ...settings, ...JSON.parse(body) };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(settings));
    });
    return;
  }
  response.writeHead(404);
  response.end();
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
