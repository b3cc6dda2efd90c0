// A metrics command for canary stage tests: prints series JSON for `{query}` (one argument). The
// query names an arm and a metric: "requests canary", "errors baseline", "latency canary". Values
// come from the environment of the test through a JSON file given as the first argument.
import { readFileSync } from 'node:fs';

const [settingsFile, query, start, end] = process.argv.slice(2);
const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
const [metric, arm] = query.split(' ');
const { errorRate = 0.002, latency = 100 } = settings[arm] ?? {};
const from = Number(start);
const to = Math.max(Number(end), from + 1);
const samples = [];
for (let time = from, index = 0; time <= to; time += 1, index += 1) {
  const requests = 200 * (time - from);
  if (metric === 'requests') samples.push([time, requests]);
  else if (metric === 'errors') samples.push([time, Math.round(requests * errorRate)]);
  else samples.push([time, latency + ((index * 7) % 11)]);
}
process.stdout.write(JSON.stringify({ series: [{ labels: { arm }, samples }] }));
