import { formatKeyPath, type ConfigProblem } from './config-issues.js';
import type { ConfigInput } from './config-schema.js';
import type { DrydockConfig } from './config-types.js';
import type { YamlLocator } from './yaml-locator.js';

/**
 * Problems that only show once the file is merged over the defaults: a value that is fine on its
 * own but contradicts a default it did not override (`risk.thresholds.medium: 50` against the
 * default `high: 40`).
 */
export function mergedConfigProblems(config: DrydockConfig, input: ConfigInput, locator: YamlLocator): ConfigProblem[] {
  const { medium, high } = config.risk.thresholds;
  if (medium < high) return [];
  const given = input.risk?.thresholds ?? {};
  const describe = (name: 'medium' | 'high', value: number) => `${name} ${value}${given[name] === undefined ? ' (the default)' : ''}`;
  const path = ['risk', 'thresholds'];
  return [
    {
      keyPath: formatKeyPath(path),
      line: locator.valuePosition(path)?.line,
      message: `expected medium below high, got ${describe('medium', medium)} and ${describe('high', high)}`,
    },
  ];
}
