// Bundles every entry with ncc into <out>/<name>/ (default out: dist/).
// ncc's build cache (~/.cache/ncc) is not used: it is shared by every build on the machine, and a
// bundle must depend on the sources and the lockfile alone, or check-dist can disagree between
// machines.
// TypeScript is transpiled file by file (`--transpile-only`, with src/tsconfig.json: ES modules
// for the bundler): `npm run typecheck` checks types once for the whole project, and ncc checking
// them again for every entry made the build several times slower. Entries build in parallel, one
// per core.
// Fails when a bundle contains `webpackMissingModule`: ncc silently stubs modules it could not
// resolve (ESM-only @actions/* packages in a CommonJS build, for one), and such a bundle only fails
// at run time, on a user's runner.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTRIES } from './entries.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outIndex = process.argv.indexOf('--out');
const out = resolve(root, outIndex === -1 ? 'dist' : process.argv[outIndex + 1]);
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : undefined;
const nccBin = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

/** Builds one entry; resolves to its log line, or rejects with a message naming the entry. */
function buildEntry(entry) {
  const target = join(out, entry.name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [nccBin, 'build', entry.source, '--out', target, '--target', 'es2022', '--license', 'licenses.txt', '--no-cache', '--quiet', '--transpile-only'],
      { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', (error) => reject(new Error(`build: ncc failed for ${entry.name} (${entry.source}): ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`build: ncc failed for ${entry.name} (${entry.source}): ${signal ? `killed by ${signal}` : `exit ${code}`}`));
        return;
      }
      for (const file of readdirSync(target)) {
        if (!file.endsWith('.js')) continue;
        if (readFileSync(join(target, file), 'utf8').includes('webpackMissingModule')) {
          reject(
            new Error(
              `build: ${join(entry.name, file)} contains webpackMissingModule: ncc could not resolve an import and bundled a stub. Check that the package is "type": "module" and the import exists.`,
            ),
          );
          return;
        }
      }
      const size = readFileSync(join(target, 'index.js')).length;
      resolvePromise(`build: ${entry.name.padEnd(14)} ${(size / 1024).toFixed(0).padStart(6)} KiB  ${Date.now() - started} ms`);
    });
  });
}

const entries = ENTRIES.filter((entry) => !only || only.includes(entry.name));
const lines = new Array(entries.length);
let next = 0;
async function worker() {
  while (next < entries.length) {
    const index = next++;
    lines[index] = await buildEntry(entries[index]);
  }
}
try {
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), entries.length) }, worker));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
// In entry order, whatever order they finished in.
for (const line of lines) console.log(line);
