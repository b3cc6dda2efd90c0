import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../stages/support/run-bundle.js';

/** Every workflow Drydock ships or runs itself, relative to the repository root. */
export const SHIPPED_WORKFLOWS = [
  '.github/workflows/drydock.yml',
  '.github/workflows/ci.yml',
  ...readdirSync(join(REPOSITORY_ROOT, 'examples', 'workflows'))
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => `examples/workflows/${name}`),
];

/** The deliberately bad workflows: `wl00N-….yml` breaks rule WL00N and nothing else. */
export const BAD_FIXTURES = readdirSync(join(REPOSITORY_ROOT, 'test', 'workflows', 'fixtures'))
  .filter((name) => /^wl[0-9]{3}-.*\.yml$/.test(name))
  .sort()
  .map((name) => ({ name, rule: name.slice(0, 5).toUpperCase(), path: join(REPOSITORY_ROOT, 'test', 'workflows', 'fixtures', name) }));
