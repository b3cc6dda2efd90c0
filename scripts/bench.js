// Runs every bench/*.bench.ts in its own process (through tsx, on the Node that `npm run` puts
// on PATH) and prints medians. Not part of `npm test`: figures depend on the machine.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
if (!existsSync(join(root, 'dist', 'plan', 'index.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
const only = process.argv[2];
const files = readdirSync(join(root, 'bench'))
  .filter((name) => name.endsWith('.bench.ts') && (only === undefined || name.includes(only)))
  .sort();
console.log(`node ${process.version}, ${files.length} benchmark files\n`);
let failed = false;
for (const file of files) {
  console.log(`# ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('bench', file)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed = true;
  console.log('');
}
process.exit(failed ? 1 : 0);
