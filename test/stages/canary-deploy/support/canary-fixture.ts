import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

/** The real command the canary tests use for traffic and rollback (writes one line per run to a file). */
export const CANARY_COMMAND = resolve(import.meta.dirname, '..', '..', '..', 'adapters', 'support', 'canary-command.mjs');

/** Lines the canary command wrote, or none. */
export function commandLog(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter((line) => line !== '') : [];
}

/** Options of a test config. */
export interface CanaryTestConfig {
  /** File the traffic and rollback commands append to. */
  actionsFile: string;
  /** Sources section. */
  sources: Record<string, unknown>;
  /** Metrics section. */
  metrics: unknown[];
  steps?: Array<{ weight: number; bakeSeconds: number; intervalSeconds: number }>;
  judge?: Record<string, unknown>;
  /** Extra argv patterns the deployer may run (metrics commands). */
  extraCommands?: string[][];
  /** Leave the rollback command out of the deployer's policy. */
  refuseRollback?: boolean;
}

/** `.github/drydock.yml` for a canary test: real commands, allowed exactly by the deployer's policy. */
export function canaryConfigYaml(options: CanaryTestConfig): string {
  const node = process.execPath;
  const traffic = [node, CANARY_COMMAND, options.actionsFile, 'weight', '{weight}', '{version}'];
  const rollback = [node, CANARY_COMMAND, options.actionsFile, 'rollback', '{version}'];
  return stringify({
    version: 1,
    identities: {
      deployer: {
        commands: [
          [node, CANARY_COMMAND, options.actionsFile, 'weight', '*', '*'],
          ...(options.refuseRollback === true ? [] : [[node, CANARY_COMMAND, options.actionsFile, 'rollback', '*']]),
          ...(options.extraCommands ?? []),
        ],
      },
    },
    canary: {
      steps: options.steps ?? [
        { weight: 50, bakeSeconds: 4, intervalSeconds: 2 },
        { weight: 100, bakeSeconds: 4, intervalSeconds: 2 },
      ],
      traffic,
      rollback,
      environment: 'staging',
      environmentUrl: 'https://web.example.com',
      sources: options.sources,
      metrics: options.metrics,
      ...(options.judge === undefined ? {} : { judge: options.judge }),
    },
  });
}

/** Reads a saved run state. */
export function readState(file: string): { stages: Record<string, { status: string; message?: string; result?: Record<string, unknown> }> } {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Journal event kinds and data of a saved journal. */
export function readJournal(file: string): Array<{ kind: string; data: Record<string, unknown> }> {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { kind: string; data: Record<string, unknown> });
}

/** Resolves a path inside a runner root. */
export function inRoot(root: string, ...parts: string[]): string {
  return join(root, ...parts);
}
