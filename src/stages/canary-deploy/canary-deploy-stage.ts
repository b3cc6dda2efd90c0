import { z } from 'zod';
import { createStatisticalJudge } from '../../core/canary/rollout-judge.js';
import type { RiskLevel } from '../../core/canary/deployer-decision.js';
import { runRollout } from '../../core/canary/rollout-engine.js';
import { InputError } from '../../core/errors.js';
import { inputSchemas } from '../../core/inputs.js';
import type { RunState } from '../../core/run-state.js';
import type { StageDefinition } from '../shared/stage-definition.js';
import { executeRollout } from './execute-rollout.js';

const RISK_LEVELS = ['low', 'medium', 'high'] as const;

const inputs = {
  version: {
    // The version fills `{version}` in argv of the user's commands: one argument, never a shell word.
    schema: z
      .string()
      .max(200, 'expected at most 200 characters')
      .regex(/^[A-Za-z0-9][A-Za-z0-9._:@/+=-]*$/, 'expected a version such as v1.2.3, a commit SHA or an image reference'),
    required: true,
  },
  'until-weight': {
    schema: inputSchemas.positiveInteger().pipe(z.number().max(100, 'expected a traffic weight from 1 to 100')),
  },
  'risk-level': {
    schema: z.enum(RISK_LEVELS, { error: 'expected low, medium or high' }),
  },
  'deployer-agent': {
    schema: inputSchemas.boolean(),
  },
};

/** The change's risk: the input, else what the plan stage recorded in this run's state. */
export function riskOf(state: RunState, input: RiskLevel | undefined): RiskLevel | undefined {
  if (input !== undefined) return input;
  const plan = state.stages.plan;
  const candidates = [plan?.outputs['risk-level'], (plan?.result as { riskLevel?: unknown } | undefined)?.riskLevel, (plan?.result as { risk?: { level?: unknown } } | undefined)?.risk?.level];
  return candidates.find((value): value is RiskLevel => typeof value === 'string' && (RISK_LEVELS as readonly string[]).includes(value));
}

export const canaryDeployStage: StageDefinition<typeof inputs> = {
  name: 'canary-deploy',
  inputs,
  secretInputs: [],
  incomingState: 'optional',
  // A job that stops at a weight saves apart from the one that continues it in the same run (artifact
  // names are immutable within a run); the continuing job names this artifact in `state-artifact`.
  artifactVariant: (parsed) => (parsed['until-weight'] === undefined || parsed['until-weight'] >= 100 ? undefined : `until-${parsed['until-weight']}`),
  // The runner sends SIGTERM 7.5 s after SIGINT: time for the rollback command to send traffic back.
  cancelGraceMs: 7000,
  goal: (parsed) => ({ text: `Canary deploy of ${parsed.version}` }),
  async execute(context) {
    const config = context.config.canary;
    if (config === undefined) {
      throw new InputError('The canary-deploy stage needs a `canary` section in the Drydock config (steps, traffic and rollback commands, sources, metrics); see examples/canary/.', {
        where: 'canary',
      });
    }
    const version = context.inputs.version;
    if (version === undefined) throw new InputError("Input 'version' is required.", { where: 'version' });
    return executeRollout(context, {
      config,
      version,
      untilWeight: context.inputs['until-weight'] ?? 100,
      risk: riskOf(context.state, context.inputs['risk-level']),
      useAgent: context.inputs['deployer-agent'] ?? true,
      judge: createStatisticalJudge(config),
      run: runRollout,
    });
  },
};
