// Rebuilds every bundle into a temporary directory and fails if dist/ differs from it in any file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const fresh = mkdtempSync(join(tmpdir(), 'drydock-check-dist-'));

function listFiles(directory) {
  if (!existsSync(directory)) return [];
  const files = [];
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) files.push(...listFiles(path));
    else files.push(path);
  }
  return files;
}

try {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.js'), '--out', fresh], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) {
    console.error('check-dist: the build failed');
    process.exit(1);
  }
  const committed = new Set(listFiles(join(root, 'dist')).map((path) => relative(join(root, 'dist'), path)));
  const built = new Set(listFiles(fresh).map((path) => relative(fresh, path)));
  const problems = [];
  for (const file of built) {
    if (!committed.has(file)) problems.push(`missing from dist/: ${file}`);
    else if (!readFileSync(join(fresh, file)).equals(readFileSync(join(root, 'dist', file)))) problems.push(`differs: dist/${file}`);
  }
  for (const file of committed) if (!built.has(file)) problems.push(`not produced by the build: dist/${file}`);
  if (problems.length > 0) {
    console.error(`check-dist: dist/ does not match a fresh build:\n  ${problems.join('\n  ')}\nRun \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log(`check-dist: dist/ matches a fresh build (${built.size} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
