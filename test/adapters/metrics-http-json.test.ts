import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpJsonSource, fillUrlTemplate } from '../../src/adapters/metrics-http-json.js';

describe('HTTP JSON source', () => {
  const asked: URL[] = [];
  let url = '';
  const server = createServer((request, response) => {
    const requestUrl = new URL(request.url ?? '/', 'http://localhost');
    asked.push(requestUrl);
    const query = requestUrl.searchParams.get('q') ?? '';
    response.setHeader('content-type', 'application/json');
    if (query.startsWith('latency')) {
      response.end(JSON.stringify({ series: [{ labels: { arm: 'canary' }, samples: [[10, 0.1], [11, '0.2'], [12, null], [13, 'NaN']] }] }));
    } else if (query === 'broken') {
      response.end('<html>oops</html>');
    } else if (query === 'down') {
      response.writeHead(502);
      response.end('bad gateway');
    } else {
      response.end(JSON.stringify({ rows: [] }));
    }
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/series?q={query}&from={start}&to={end}&step={step}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const range = (query: string) => ({ query, start: new Date(10_000), end: new Date(20_000), stepSeconds: 5 });

  it('MH-001 fills the template URL-encoded and reads samples; null and "NaN" stay NaN', async () => {
    const series = await createHttpJsonSource({ url }).queryRange(range('latency variant=a&b'));
    expect(asked.at(-1)!.searchParams.get('q')).toBe('latency variant=a&b');
    expect(asked.at(-1)!.searchParams.get('from')).toBe('10');
    expect(asked.at(-1)!.searchParams.get('step')).toBe('5');
    expect(series[0]!.labels).toEqual({ arm: 'canary' });
    const values = series[0]!.samples.map(([, value]) => value);
    expect(values.slice(0, 2)).toEqual([0.1, 0.2]);
    expect(values.slice(2).every(Number.isNaN)).toBe(true);
  });

  it('MH-002 a value cannot add a parameter or change the path', () => {
    const filled = fillUrlTemplate('https://metrics.example.com/q?metric={query}', range('x&admin=1#/../../'));
    expect(filled.pathname).toBe('/q');
    expect([...filled.searchParams.keys()]).toEqual(['metric']);
  });

  it('MH-003 HTML, unknown JSON and HTTP errors are clear errors', async () => {
    const source = createHttpJsonSource({ url });
    await expect(source.queryRange(range('broken'))).rejects.toThrow(/did not answer with JSON/);
    await expect(source.queryRange(range('other'))).rejects.toThrow(/unknown shape; expected \{"series"/);
    await expect(source.queryRange(range('down'))).rejects.toThrow(/answered HTTP 502/);
  });
});
