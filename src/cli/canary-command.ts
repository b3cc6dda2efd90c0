import { open } from 'node:fs/promises';
import { parseJudgeConfig } from '../core/canary/judge-config-file.js';
import { resolveJudgeConfig, type JudgeConfig } from '../core/canary/judge-config.js';
import { parseArmObservations } from '../core/canary/judge-input.js';
import type { ArmObservations, JudgeResult } from '../core/canary/judge-types.js';
import { judge } from '../core/canary/judge.js';
import { InputError, errorMessage } from '../core/errors.js';
import type { CommandOutput } from './journal-command.js';

/** Exit codes of `drydock canary judge`: 0 pass; 1 marginal, fail or inconclusive; 2 unusable input; 64 usage. */
export const CANARY_EXIT_CODES = { pass: 0, notPass: 1, unusable: 2, usage: 64 } as const;

/** Largest input or config file read (64 MiB): far above real metric exports, far below a memory problem. */
export const MAX_CANARY_FILE_BYTES = 64 * 1024 * 1024;

/** What `drydock canary judge` was given. */
export interface CanaryJudgeOptions {
  /** The baseline's metrics file. */
  baseline: string;
  /** The canary's metrics file. */
  canary: string;
  /** A judge config file (YAML or JSON); defaults when absent. */
  config?: string;
  /** Print the JSON result instead of a table. */
  json: boolean;
}

/** The JSON printed by `--json`: exactly the documented fields. */
export interface CanaryJudgeJson {
  verdict: JudgeResult['verdict'];
  score: number;
  metrics: Array<{ name: string; classification: string; effect: number | null; ci: [number, number] | null; detail: string }>;
  reason: string;
}

async function readLimited(path: string, what: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new InputError(`${path}: cannot open the ${what} file: ${errorMessage(error)}`, { where: path, cause: error });
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new InputError(`${path}: the ${what} file is not a regular file`, { where: path });
    if (stats.size > MAX_CANARY_FILE_BYTES) throw new InputError(`${path}: the ${what} file is ${stats.size} bytes, larger than the ${MAX_CANARY_FILE_BYTES} allowed`, { where: path });
    // Read at most one byte past the limit, in case the file grows while it is read.
    const buffer = Buffer.alloc(Math.min(MAX_CANARY_FILE_BYTES + 1, Math.max(1, stats.size + 1)));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > MAX_CANARY_FILE_BYTES) throw new InputError(`${path}: the ${what} file is larger than the ${MAX_CANARY_FILE_BYTES} bytes allowed`, { where: path });
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead));
    } catch (error) {
      throw new InputError(`${path}: the ${what} file is not UTF-8 text`, { where: path, cause: error });
    }
  } finally {
    await handle.close();
  }
}

/** The result as the documented JSON shape. */
export function canaryJudgeJson(result: JudgeResult): CanaryJudgeJson {
  return {
    verdict: result.verdict,
    score: result.score,
    metrics: result.metrics.map((metric) => ({ name: metric.name, classification: metric.classification, effect: metric.effect, ci: metric.ci, detail: metric.detail })),
    reason: result.reason,
  };
}

function formatNumber(value: number | null): string {
  return value === null ? '-' : String(Number(value.toPrecision(4)));
}

/** The result as a readable table. */
export function canaryJudgeTable(result: JudgeResult): string {
  const lines = [`Verdict: ${result.verdict} (score ${result.score})`, result.reason, '', `${'classification'.padEnd(14)}  ${'effect'.padStart(10)}  ${'ci'.padEnd(24)}  metric`];
  for (const metric of result.metrics) {
    const ci = metric.ci === null ? '-' : `[${formatNumber(metric.ci[0])}, ${formatNumber(metric.ci[1])}]`;
    lines.push(`${metric.classification.padEnd(14)}  ${formatNumber(metric.effect).padStart(10)}  ${ci.padEnd(24)}  ${metric.name}${metric.critical === true ? ' (critical)' : ''}`);
    lines.push(`    ${metric.detail}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs `drydock canary judge`: reads both files (and the config), judges them in one look, prints the result. */
export async function canaryJudgeCommand(options: CanaryJudgeOptions): Promise<CommandOutput> {
  let baseline: ArmObservations;
  let canary: ArmObservations;
  let config: JudgeConfig;
  try {
    config = options.config === undefined ? resolveJudgeConfig() : parseJudgeConfig(await readLimited(options.config, 'config'), options.config);
    baseline = parseArmObservations(await readLimited(options.baseline, 'baseline'), options.baseline);
    canary = parseArmObservations(await readLimited(options.canary, 'canary'), options.canary);
  } catch (error) {
    if (!InputError.isInstance(error)) throw error;
    return { exitCode: CANARY_EXIT_CODES.unusable, stdout: '', stderr: `drydock canary judge: ${errorMessage(error)}\n` };
  }
  const result = judge(baseline, canary, config);
  const stdout = options.json ? `${JSON.stringify(canaryJudgeJson(result), null, 2)}\n` : canaryJudgeTable(result);
  return { exitCode: result.verdict === 'pass' ? CANARY_EXIT_CODES.pass : CANARY_EXIT_CODES.notPass, stdout, stderr: '' };
}

/** Flags `drydock canary judge` accepts, as parsed by `runCli`. */
export interface CanaryFlags {
  /** `--baseline FILE`. */
  baseline?: string | undefined;
  /** `--canary FILE`. */
  canary?: string | undefined;
  /** `--config FILE`. */
  config?: string | undefined;
  /** `--json`. */
  json?: boolean | undefined;
  /** Names of flags given that belong to other commands. */
  foreign: readonly string[];
}

/** Checks the arguments of `drydock canary …` and runs it; `usageError` builds the exit-64 answer. */
export async function canaryCommand(positionals: readonly string[], flags: CanaryFlags, usageError: (message: string) => CommandOutput): Promise<CommandOutput> {
  const [subcommand, ...rest] = positionals;
  if (subcommand !== 'judge') return usageError(subcommand === undefined ? 'canary needs a subcommand: judge' : `unknown canary subcommand '${subcommand}'`);
  if (rest.length > 0) return usageError(`unexpected arguments: ${rest.join(' ')}`);
  if (flags.foreign.length > 0) return usageError(`canary judge takes --baseline, --canary, --config and --json only, not ${flags.foreign.map((name) => `--${name}`).join(', ')}`);
  if (flags.baseline === undefined || flags.baseline === '') return usageError('canary judge needs --baseline FILE');
  if (flags.canary === undefined || flags.canary === '') return usageError('canary judge needs --canary FILE');
  if (flags.config === '') return usageError('--config needs a file');
  return canaryJudgeCommand({ baseline: flags.baseline, canary: flags.canary, ...(flags.config === undefined ? {} : { config: flags.config }), json: flags.json === true });
}
