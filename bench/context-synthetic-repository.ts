/**
 * A large synthetic TypeScript monorepo for the retrieval bench: packages of areas of modules,
 * each module importing siblings, modules of other areas and now and then another package (with
 * NodeNext `.js` specifiers), declaring an options interface, a result type, a class, a factory
 * and a constant, with doc comments, in a tree of realistic shape (about 25 files per directory).
 * Deterministic (seeded), written in one go and committed as one commit.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PACKAGES = ['billing', 'shipping', 'catalog', 'accounts', 'payments', 'inventory', 'notifications', 'reporting', 'search', 'identity', 'pricing', 'orders', 'support', 'analytics', 'scheduling', 'storage', 'messaging', 'auditing', 'gateway', 'settings'];
const NOUNS = ['invoice', 'payment', 'customer', 'order', 'shipment', 'ledger', 'account', 'session', 'token', 'cache', 'queue', 'report', 'audit', 'tax', 'currency', 'discount', 'stock', 'warehouse', 'notice', 'email', 'schedule', 'retry', 'metric', 'profile', 'product', 'price', 'refund', 'subscription', 'webhook', 'upload'];
const ROLES = ['service', 'repository', 'controller', 'validator', 'mapper', 'formatter', 'parser', 'client', 'store', 'handler', 'policy', 'builder'];
const AREAS_PER_PACKAGE = 40;
const MODULES_PER_AREA = 25;

/** Files in the generated repository. */
export const SYNTHETIC_FILE_COUNT = PACKAGES.length * (AREAS_PER_PACKAGE * MODULES_PER_AREA + 2);

interface Module {
  path: string;
  directory: string;
  className: string;
}

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const pascal = (words: readonly string[]): string => words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');

function relativeSpecifier(fromDirectory: string, toPath: string): string {
  const from = fromDirectory.split('/');
  const to = toPath.split('/');
  let common = 0;
  while (common < from.length && from[common] === to[common]) common += 1;
  const up = from.length - common;
  const rest = to.slice(common).join('/').replace(/\.ts$/, '.js');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}

function moduleText(module: Module, imports: readonly Module[], noun: string, random: () => number): string {
  const name = module.className;
  const importLines = imports.map((other) => `import { ${other.className}, type ${other.className}Options } from '${relativeSpecifier(module.directory, other.path)}';`);
  const collaborators = imports.map((other, index) => `    private readonly collaborator${index}: ${other.className},`).join('\n');
  return `${importLines.join('\n')}

/** Options of {@link ${name}}: how each ${noun} is handled. */
export interface ${name}Options {
  /** Maximum number of ${noun} entries kept before the oldest is dropped. */
  limit: number;
  /** Whether a failed ${noun} is retried once before it is reported. */
  retryFailed: boolean;
  /** Options handed on to the first collaborator, if any. */
  upstream?: ${imports[0] === undefined ? 'undefined' : `${imports[0].className}Options`};
}

/** The outcome of summarizing what was recorded. */
export type ${name}Result = { ok: true; value: string; count: number } | { ok: false; error: string };

/** Keeps running totals per ${noun} key and reports them. */
export class ${name} {
  private readonly entries = new Map<string, number>();

  constructor(
    private readonly options: ${name}Options,
${collaborators}
  ) {}

  /** Records one ${noun} amount under \`key\` and returns the running total. */
  record${pascal([noun])}(key: string, amount: number): number {
    if (!Number.isFinite(amount)) throw new RangeError(\`${noun} amount for \${key} is not a number\`);
    const total = (this.entries.get(key) ?? 0) + amount;
    if (!this.entries.has(key) && this.entries.size >= this.options.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, total);
    return total;
  }

  /** Sums every recorded ${noun}; fails when nothing was recorded. */
  summarize(): ${name}Result {
    const values = [...this.entries.values()];
    if (values.length === 0) return { ok: false, error: 'no ${noun} recorded yet' };
    const total = values.reduce((left, right) => left + right, 0);
    return { ok: true, value: total.toFixed(2), count: values.length };
  }
}

/** A ${name} with the default limit of {@link DEFAULT_${noun.toUpperCase()}_LIMIT}. */
export function create${name}(limit = DEFAULT_${noun.toUpperCase()}_LIMIT): ${name} {
  return new ${name}({ limit, retryFailed: ${random() > 0.5} }${imports.map(() => ', undefined as never').join('')});
}

export const DEFAULT_${noun.toUpperCase()}_LIMIT = ${Math.floor(random() * 1000) + 1};
`;
}

/** Writes the repository into `root` (an empty directory) and commits it; returns the module paths. */
export async function generateSyntheticRepository(root: string): Promise<string[]> {
  const random = seededRandom(20_000);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const modules: Module[][] = [];
  for (const packageName of PACKAGES) {
    for (let area = 0; area < AREAS_PER_PACKAGE; area += 1) {
      const directory = `packages/${packageName}/src/${pick(NOUNS)}-${pick(ROLES)}s-${area}`;
      const areaModules: Module[] = [];
      for (let index = 0; index < MODULES_PER_AREA; index += 1) {
        const words = [pick(NOUNS), pick(ROLES)];
        areaModules.push({ path: `${directory}/${words.join('-')}-${index}.ts`, directory, className: `${pascal(words)}${area}x${index}` });
      }
      modules.push(areaModules);
    }
  }
  const directories = new Set(modules.map((area) => area[0]!.directory));
  await Promise.all([...directories].map((directory) => mkdir(join(root, directory), { recursive: true })));
  const writes: Array<() => Promise<void>> = [];
  const paths: string[] = [];
  modules.forEach((area, areaIndex) => {
    area.forEach((module, index) => {
      const imports = new Set<Module>();
      for (let count = 1 + Math.floor(random() * 2); count > 0; count -= 1) imports.add(area[(index + 1 + Math.floor(random() * (area.length - 1))) % area.length]!);
      imports.add(pick(modules[areaIndex - (areaIndex % AREAS_PER_PACKAGE) + Math.floor(random() * AREAS_PER_PACKAGE)]!));
      if (random() < 0.2) imports.add(pick(pick(modules)));
      imports.delete(module);
      const text = moduleText(module, [...imports], module.path.split('/').at(-1)!.split('-')[0]!, random);
      writes.push(() => writeFile(join(root, module.path), text));
      paths.push(module.path);
    });
  });
  for (const packageName of PACKAGES) {
    writes.push(() => writeFile(join(root, `packages/${packageName}/package.json`), `${JSON.stringify({ name: `@synthetic/${packageName}`, version: '1.0.0', type: 'module' }, null, 2)}\n`));
    writes.push(() => writeFile(join(root, `packages/${packageName}/README.md`), `# ${packageName}\n\nThe ${packageName} package of the synthetic monorepo.\n`));
  }
  // In batches: all at once would open every file before writing any and run out of descriptors.
  for (let start = 0; start < writes.length; start += 256) await Promise.all(writes.slice(start, start + 256).map((write) => write()));
  const git = (...args: string[]): void => {
    execFileSync('git', args, { cwd: root, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com' } });
  };
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git('commit', '--quiet', '--no-gpg-sign', '--message', 'Synthetic monorepo');
  return paths;
}
