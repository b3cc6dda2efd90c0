// The demo's traffic and rollback commands (what a load balancer or a service mesh does for real).
// `node canary/traffic.mjs weight N VERSION`: starts the canary arm from this checkout if it is not
// running yet, then sends N% of the traffic to it (.canary/weight, read by the demo's load).
// `node canary/traffic.mjs rollback VERSION`: sends all traffic back to the baseline and stops the canary.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const [action, first, second] = process.argv.slice(2);
mkdirSync('.canary', { recursive: true });

async function startCanary(version) {
  if (existsSync('.canary/canary.port')) return;
  const child = spawn(process.execPath, ['canary/serve.mjs', 'canary', version], { detached: true, stdio: 'ignore' });
  child.unref();
  for (let waited = 0; !existsSync('.canary/canary.port'); waited += 50) {
    if (waited > 10_000) throw new Error('the canary did not start within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

if (action === 'weight' && /^[0-9]{1,3}$/.test(first ?? '') && second !== undefined) {
  await startCanary(second);
  writeFileSync('.canary/weight', first);
  process.stdout.write(`traffic: ${first}% to the canary ${second}\n`);
} else if (action === 'rollback') {
  writeFileSync('.canary/weight', '0');
  if (existsSync('.canary/canary.pid')) {
    try {
      process.kill(Number(readFileSync('.canary/canary.pid', 'utf8')), 'SIGTERM');
    } catch {
      // Already stopped.
    }
    rmSync('.canary/canary.pid');
    rmSync('.canary/canary.port', { force: true });
  }
  process.stdout.write(`traffic: all back to the baseline (rolled back ${first ?? ''})\n`);
} else {
  process.stderr.write('usage: node canary/traffic.mjs weight N VERSION | rollback VERSION\n');
  process.exit(2);
}
