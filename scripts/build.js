// Bundles every entry with ncc into <out>/<name>/ (default out: dist/).
// ncc's build cache (~/.cache/ncc) is not used: it is shared by every build on the machine, and a
// bundle must depend on the sources and the lockfile alone, or check-dist can disagree between
// machines.
// Fails when a bundle contains `webpackMissingModule`: ncc silently stubs modules it could not
// resolve (ESM-only @actions/* packages in a CommonJS build, for one), and such a bundle only fails
// at run time, on a user's runner.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTRIES } from './entries.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outIndex = process.argv.indexOf('--out');
const out = resolve(root, outIndex === -1 ? 'dist' : process.argv[outIndex + 1]);
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : undefined;
const nccBin = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

for (const entry of ENTRIES) {
  if (only && !only.includes(entry.name)) continue;
  const target = join(out, entry.name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [nccBin, 'build', entry.source, '--out', target, '--target', 'es2022', '--license', 'licenses.txt', '--no-cache', '--quiet'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) {
    const how = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit ${result.status}`;
    console.error(`build: ncc failed for ${entry.name} (${entry.source}): ${how}`);
    process.exit(1);
  }
  for (const file of readdirSync(target)) {
    if (!file.endsWith('.js')) continue;
    const text = readFileSync(join(target, file), 'utf8');
    if (text.includes('webpackMissingModule')) {
      console.error(
        `build: ${join(entry.name, file)} contains webpackMissingModule: ncc could not resolve an import and bundled a stub. Check that the package is "type": "module" and the import exists.`,
      );
      process.exit(1);
    }
  }
  const size = readFileSync(join(target, 'index.js')).length;
  console.log(`build: ${entry.name.padEnd(14)} ${(size / 1024).toFixed(0).padStart(6)} KiB  ${Date.now() - started} ms`);
}
