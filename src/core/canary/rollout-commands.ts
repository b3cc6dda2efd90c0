import type { CanaryConfigInput } from '../config/canary-schema.js';

/** Values of the command placeholders. */
export interface CommandValues {
  weight: number;
  version: string;
}

/**
 * Fills `{weight}` and `{version}` in an argv template. Only arguments that are exactly a
 * placeholder are replaced (the config refuses placeholders inside longer arguments), so a value
 * is always one whole argument and no shell ever reads it.
 */
export function fillCommand(template: readonly string[], values: CommandValues): string[] {
  return template.map((argument) => (argument === '{weight}' ? String(values.weight) : argument === '{version}' ? values.version : argument));
}

/** Every command a rollout of `version` can run, filled, for a policy check before the first side effect. */
export function plannedCommands(config: CanaryConfigInput, version: string): Array<{ purpose: 'deploy' | 'traffic' | 'rollback'; argv: string[] }> {
  return [
    ...(config.deploy === undefined ? [] : [{ purpose: 'deploy' as const, argv: fillCommand(config.deploy, { weight: 0, version }) }]),
    ...config.steps.map((step) => ({ purpose: 'traffic' as const, argv: fillCommand(config.traffic, { weight: step.weight, version }) })),
    { purpose: 'rollback' as const, argv: fillCommand(config.rollback, { weight: 0, version }) },
  ];
}
