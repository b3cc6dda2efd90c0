import type { RiskLevel } from '../../core/canary/deployer-decision.js';
import { plannedCommands } from '../../core/canary/rollout-commands.js';
import { collectLook } from '../../core/canary/observations.js';
import { renderRollout } from '../../core/canary/render-rollout.js';
import type { CanaryJudge, RolloutPorts, RolloutRecord, RolloutRequest } from '../../core/canary/rollout-types.js';
import type { CanaryConfigInput } from '../../core/config/canary-schema.js';
import { errorMessage, InputError } from '../../core/errors.js';
import type { Deployments, DeploymentState } from '../../core/ports/deployments.js';
import type { StageContext, StageExecution } from '../shared/stage-definition.js';
import { bindSources, createDeployments, DeployerCommands, runUrl } from './canary-services.js';
import { createDeployerAgent } from './deployer-agent.js';
import { rolloutToContinue } from './rollout-state.js';

/** What the stage hands to the rollout. */
export interface RolloutOptions {
  config: CanaryConfigInput;
  version: string;
  untilWeight: number;
  risk: RiskLevel | undefined;
  /** Ask the deployer agent at the end of each step. */
  useAgent: boolean;
  judge: CanaryJudge;
  /** The engine (`runRollout`). */
  run(request: RolloutRequest, ports: RolloutPorts): Promise<RolloutRecord>;
}

/** The deployment state for a rollout status; a cancelled rollout is withdrawn (inactive), not failed. */
function deploymentState(record: RolloutRecord): DeploymentState {
  switch (record.status) {
    case 'promoted':
      return 'success';
    case 'rolled-back':
      return record.rollback?.cause === 'cancelled' ? 'inactive' : 'failure';
    case 'rollback-failed':
      return 'failure';
    default:
      return 'in_progress';
  }
}

/** Records deployment statuses; a failed write is journaled and shown, never fatal to the rollout. */
class DeploymentReporter {
  id: number | undefined;
  constructor(
    private readonly context: StageContext<unknown>,
    readonly deployments: Deployments,
    private readonly environmentName: string,
    private readonly environmentUrl: string | undefined,
  ) {}

  private allowed(): boolean {
    const decision = this.context.policy.consume(this.context.identity, { type: 'github', operation: 'deployment-status' });
    return decision.decision === 'allow';
  }

  async create(version: string): Promise<void> {
    if (!this.allowed()) return;
    try {
      const created = await this.deployments.createDeployment({
        ref: this.context.trigger.sha,
        environment: this.environmentName,
        description: `Canary of ${version}`.slice(0, 140),
        payload: { version, runId: this.context.trigger.runId, drydock: 'canary-deploy' },
      });
      this.id = created.id;
      this.context.journal.append('github-write', { operation: 'deployment', kind: this.deployments.kind, id: created.id, environment: this.environmentName });
    } catch (error) {
      this.warn(error);
    }
  }

  async status(state: DeploymentState, description: string): Promise<void> {
    if (this.id === undefined || !this.allowed()) return;
    try {
      await this.deployments.createStatus({
        deploymentId: this.id,
        state,
        description,
        logUrl: runUrl(this.context),
        ...(this.environmentUrl === undefined ? {} : { environmentUrl: this.environmentUrl }),
      });
      this.context.journal.append('github-write', { operation: 'deployment-status', kind: this.deployments.kind, id: this.id, state, description });
    } catch (error) {
      this.warn(error);
    }
  }

  private warn(error: unknown): void {
    this.context.journal.append('github-write-error', { operation: 'deployment', message: errorMessage(error) });
    this.context.io.annotate('warning', `Could not record the deployment: ${errorMessage(error)}`);
  }
}

/** Runs (or continues) the rollout for the stage and turns its record into outputs, result and summary. */
export async function executeRollout(context: StageContext<unknown>, options: RolloutOptions): Promise<StageExecution> {
  const { config, version, untilWeight } = options;
  const saved = rolloutToContinue(context.state, context.earlierState);
  if (saved !== undefined && saved.record.version !== version) {
    throw new InputError(`This run's rollout is of ${saved.record.version}, but the 'version' input is ${version}; continue the same version or start a new run.`, { where: 'version' });
  }
  const commands = new DeployerCommands(context, config);
  const finished = saved !== undefined && !['paused', 'in-progress', 'rollback-failed'].includes(saved.record.status);
  if (!finished) {
    // Every command is checked before the first side effect: a rollout must not start if its
    // rollback could be refused.
    const refused = plannedCommands(config, version).flatMap(({ purpose, argv }) => {
      const why = commands.refusal(argv);
      return why === undefined ? [] : [`${purpose} command ${JSON.stringify(argv)}: ${why}`];
    });
    if (refused.length > 0) {
      throw new InputError(`The deployer's policy refuses commands of this rollout; allow them under identities.deployer.commands:\n${refused.join('\n')}`, { where: 'identities.deployer.commands' });
    }
    const next = config.steps[saved?.record.nextStep ?? 0];
    if (next !== undefined && untilWeight < next.weight) {
      throw new InputError(`'until-weight' ${untilWeight} is below the next step's weight ${next.weight}: this job would move no traffic.`, { where: 'until-weight' });
    }
  }

  const environmentName = config.environment ?? 'production';
  const reporter = new DeploymentReporter(context, await createDeployments(context), environmentName, config.environmentUrl);
  // The same deployment across the jobs of one rollout, as long as they record to the same place.
  if (saved?.deployment !== undefined && saved.deployment.kind === reporter.deployments.kind) reporter.id = saved.deployment.id;
  else if (!finished) await reporter.create(version);

  const sources = bindSources(config, commands);
  const ports: RolloutPorts = {
    clock: context.clock,
    runCommand: (purpose, argv) => commands.run(purpose, argv),
    collect: (window) => collectLook(config.metrics, sources, window),
    judge: options.judge,
    record: (kind, data) => context.journal.append(kind, data),
    progress: (record, description) => reporter.status(deploymentState(record), description.slice(0, 140)),
    ...(context.signal === undefined ? {} : { signal: context.signal }),
    ...(options.useAgent ? { propose: createDeployerAgent(context) } : {}),
  };
  const record = await options.run({ config, version, untilWeight, risk: options.risk, ...(saved === undefined ? {} : { previous: saved.record }) }, ports);

  const lastLook = record.steps.at(-1)?.looks.at(-1);
  const deployment = reporter.id === undefined ? undefined : { kind: reporter.deployments.kind, id: reporter.id };
  const execution: StageExecution = {
    outputs: { 'rollout-status': record.status, weight: String(record.weight), verdict: lastLook?.result.verdict ?? '' },
    result: { version, untilWeight, ...(options.risk === undefined ? {} : { riskLevel: options.risk }), rollout: record, ...(deployment === undefined ? {} : { deployment }) },
    summary: renderRollout(record, { metricNames: config.metrics.map((metric) => metric.name), ...(deployment === undefined ? {} : { deployment: `${environmentName} #${deployment.id} (${deployment.kind})` }) }),
  };
  if (record.status === 'rolled-back' || record.status === 'rollback-failed') {
    const cancelled = record.rollback?.cause === 'cancelled';
    execution.outcome = cancelled ? 'stopped' : 'failed';
    execution.message =
      record.status === 'rollback-failed'
        ? `The canary of ${version} had to roll back (${record.rollback?.reason ?? 'unknown reason'}) and the rollback command FAILED: ${record.rollback?.detail ?? ''}. Traffic may still reach the canary.`
        : `The canary of ${version} was rolled back: ${record.rollback?.reason ?? 'unknown reason'}.`;
  }
  return execution;
}
