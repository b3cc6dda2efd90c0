import { parseSeriesJson } from '../core/canary/series-json.js';
import { DrydockError } from '../core/errors.js';
import type { CommandResult } from '../core/ports/command-runner.js';
import type { MetricSeries, MetricsQuery, MetricsSource } from '../core/ports/metrics-source.js';

/** Options of {@link createCommandSource}. */
export interface CommandSourceOptions {
  /** Argv template: arguments that are exactly `{query}`, `{start}`, `{end}` or `{step}` are filled. */
  argv: readonly string[];
  /**
   * Runs one filled argv. The stage wires this to the command runner behind the deployer's policy,
   * so a metrics command is judged like every other command.
   */
  run(argv: readonly string[]): Promise<CommandResult>;
}

/** Fills whole-argument placeholders; text around a placeholder is never touched. */
export function fillSourceArgv(argv: readonly string[], query: MetricsQuery): string[] {
  const values: Readonly<Record<string, string>> = {
    '{query}': query.query,
    '{start}': String(Math.floor(query.start.getTime() / 1000)),
    '{end}': String(Math.floor(query.end.getTime() / 1000)),
    '{step}': String(query.stepSeconds),
  };
  return argv.map((argument) => values[argument] ?? argument);
}

/** A metrics source that runs a command printing series JSON on stdout (see series-json.ts). */
export function createCommandSource(options: CommandSourceOptions): MetricsSource {
  return {
    kind: 'command',
    async queryRange(query: MetricsQuery): Promise<MetricSeries[]> {
      const argv = fillSourceArgv(options.argv, query);
      const result = await options.run(argv);
      const program = argv[0] ?? '';
      if (result.exitCode !== 0) {
        const why = result.timedOut ? 'timed out' : `exited with ${result.exitCode ?? result.signal ?? 'no code'}`;
        throw new DrydockError(`The metrics command ${program} ${why}: ${result.stderr.trim().slice(0, 300)}`);
      }
      return parseSeriesJson(result.stdout, `the metrics command ${program}`);
    },
  };
}
