import { join } from 'node:path';
import { createCommandRunner } from '../../adapters/command-runner.js';
import { createLocalDeployments } from '../../adapters/deployments-local.js';
import { createCommandSource } from '../../adapters/metrics-command.js';
import { createHttpJsonSource } from '../../adapters/metrics-http-json.js';
import { createPrometheusSource } from '../../adapters/metrics-prometheus.js';
import type { BoundSource } from '../../core/canary/observations.js';
import type { RolloutCommandOutcome } from '../../core/canary/rollout-types.js';
import type { CanaryConfigInput, CanarySourceConfig } from '../../core/config/canary-schema.js';
import { errorMessage } from '../../core/errors.js';
import type { CommandResult, CommandRunner } from '../../core/ports/command-runner.js';
import type { Deployments } from '../../core/ports/deployments.js';
import type { StageContext } from '../shared/stage-definition.js';

/** Default limit of a deploy, traffic, rollback or metrics command: 5 minutes. */
export const DEFAULT_CANARY_COMMAND_TIMEOUT_SECONDS = 300;

/** Last characters of stderr kept in a command's one-line detail. */
const DETAIL_CHARACTERS = 300;

/** Common inputs the canary stage reads besides its own (they are parsed for every stage). */
interface CommonCanaryInputs {
  'github-token'?: string;
  'artifacts-dir'?: string;
}

function commonInputs(context: StageContext<unknown>): CommonCanaryInputs {
  return context.inputs as CommonCanaryInputs;
}

/**
 * Runs commands as the deployer: every argv is evaluated by policy first (and the decision
 * journaled); a refused command does not run and comes back as a failed outcome naming why.
 */
export class DeployerCommands {
  readonly #context: StageContext<unknown>;
  readonly #runner: CommandRunner;
  readonly #timeoutMs: number;

  constructor(context: StageContext<unknown>, config: CanaryConfigInput) {
    this.#context = context;
    this.#runner = createCommandRunner({ workspace: context.workspace, baseEnvironment: context.environment ?? process.env, clock: context.clock });
    this.#timeoutMs = (config.commandTimeoutSeconds ?? DEFAULT_CANARY_COMMAND_TIMEOUT_SECONDS) * 1000;
  }

  /** The reason policy refuses `argv`, or undefined when it is allowed. */
  refusal(argv: readonly string[]): string | undefined {
    const decision = this.#context.policy.evaluate(this.#context.identity, { type: 'command', argv });
    return decision.decision === 'allow' ? undefined : `${decision.decision}: ${decision.reason}`;
  }

  /** Runs one command after policy allows it; the raw result (for metrics commands). */
  async runRaw(purpose: string, argv: readonly string[]): Promise<CommandResult> {
    const refused = this.refusal(argv);
    if (refused !== undefined) throw new Error(`policy refused the ${purpose} command ${argv[0] ?? ''}: ${refused}`);
    const result = await this.#runner.run({ argv, timeoutMs: this.#timeoutMs });
    this.#context.journal.append('command-run', {
      purpose,
      argv,
      exitCode: result.exitCode,
      signal: result.signal,
      timedOut: result.timedOut,
      durationMs: result.durationMs,
      stderr: result.stderr.slice(-DETAIL_CHARACTERS),
    });
    return result;
  }

  /** Runs a deploy, traffic or rollback command; never throws for a failing command. */
  async run(purpose: string, argv: readonly string[]): Promise<RolloutCommandOutcome> {
    try {
      const result = await this.runRaw(purpose, argv);
      const ok = result.exitCode === 0 && !result.timedOut;
      const detail = result.timedOut
        ? `timed out after ${Math.round(this.#timeoutMs / 1000)} s`
        : `exit code ${result.exitCode ?? result.signal ?? 'none'}${ok ? '' : `: ${result.stderr.trim().slice(-DETAIL_CHARACTERS)}`}`;
      return { ok, detail };
    } catch (error) {
      return { ok: false, detail: errorMessage(error) };
    }
  }
}

function bindSource(source: CanarySourceConfig, commands: DeployerCommands): BoundSource {
  const selectors = { baseline: source.baseline, canary: source.canary };
  switch (source.type) {
    case 'prometheus':
      return { source: createPrometheusSource({ url: source.url }), ...selectors };
    case 'http-json':
      return { source: createHttpJsonSource({ url: source.url }), ...selectors };
    case 'command':
      return { source: createCommandSource({ argv: source.argv, run: (argv) => commands.runRaw('metrics', argv) }), ...selectors };
  }
}

/** Every configured metrics source, bound to its transport. */
export function bindSources(config: CanaryConfigInput, commands: DeployerCommands): Record<string, BoundSource> {
  return Object.fromEntries(Object.entries(config.sources).map(([name, source]) => [name, bindSource(source, commands)]));
}

/**
 * Where deployments are recorded: the GitHub Deployments API inside Actions with a token, else a
 * local JSON file (`drydock-deployments.json` in the artifacts directory, or in RUNNER_TEMP).
 */
export async function createDeployments(context: StageContext<unknown>): Promise<Deployments> {
  const environment = context.environment ?? process.env;
  const inputs = commonInputs(context);
  const token = inputs['github-token'];
  if (environment.GITHUB_ACTIONS === 'true' && token !== undefined && token !== '') {
    const [owner, repo] = context.trigger.repository.split('/') as [string, string];
    const { createGitHubDeployments } = await import('../../adapters/deployments-github.js');
    return createGitHubDeployments({
      token,
      owner,
      repo,
      baseUrl: environment.GITHUB_API_URL || 'https://api.github.com',
      log: { info: (message) => context.io.info(message), debug: (message) => context.io.debug(message) },
    });
  }
  const directory = inputs['artifacts-dir'] ?? environment.RUNNER_TEMP ?? join(context.workspace.root, '.drydock');
  return createLocalDeployments({ file: join(directory, 'drydock-deployments.json'), now: () => context.clock.now() });
}

/** Link to this workflow run attempt, for deployment statuses. */
export function runUrl(context: StageContext<unknown>): string {
  const server = context.environment?.GITHUB_SERVER_URL || 'https://github.com';
  return `${server}/${context.trigger.repository}/actions/runs/${context.trigger.runId}/attempts/${context.trigger.attempt}`;
}
