import { InputError } from '../errors.js';
import { formatKeyPath } from '../config/config-issues.js';
import { describeValue } from '../config/schema-messages.js';
import { metricNameProblem } from './judge-config.js';
import type { ArmObservations, MetricObservation } from './judge-types.js';

/** Most metrics one input file may hold. */
export const MAX_INPUT_METRICS = 1000;
/** Most samples one metric may hold. */
export const MAX_SAMPLES_PER_METRIC = 1_000_000;
/** Most samples over all metrics of one file. */
export const MAX_SAMPLES_PER_FILE = 5_000_000;

/** Strings a metrics source may use for a value it could not compute; they make the metric `nodata`. */
const NOT_A_NUMBER_STRINGS = new Set(['nan', 'inf', '+inf', '-inf', 'infinity', '+infinity', '-infinity']);

function fail(fileName: string, path: readonly PropertyKey[], message: string): never {
  const where = path.length === 0 ? '' : `${formatKeyPath(path)}: `;
  throw new InputError(`${fileName}: ${where}${message}`, { where: fileName });
}

/** A sample: a number, or a marker of a value that was not measured (null, "NaN", "+Inf") as NaN. */
function sample(value: unknown, fileName: string, path: readonly PropertyKey[]): number {
  if (typeof value === 'number') return value;
  if (value === null) return Number.NaN;
  if (typeof value === 'string' && NOT_A_NUMBER_STRINGS.has(value.trim().toLowerCase())) return Number.NaN;
  return fail(fileName, path, `expected a number (or null / "NaN" for a missing value), got ${describeValue(value)}`);
}

function count(value: unknown, fileName: string, path: readonly PropertyKey[]): number {
  const number = sample(value, fileName, path);
  if (Number.isNaN(number)) return number;
  if (!Number.isFinite(number) || !Number.isInteger(number) || number < 0 || number > Number.MAX_SAFE_INTEGER) {
    return fail(fileName, path, `expected a whole number of at least 0, got ${describeValue(value)}`);
  }
  return number;
}

function observation(value: unknown, fileName: string, name: string): MetricObservation {
  if (Array.isArray(value)) {
    if (value.length > MAX_SAMPLES_PER_METRIC) fail(fileName, [name], `too many samples: ${value.length}, at most ${MAX_SAMPLES_PER_METRIC}`);
    return value.map((item, index) => sample(item, fileName, [name, index]));
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    const unknown = keys.filter((key) => key !== 'events' && key !== 'trials');
    if (unknown.length > 0) fail(fileName, [name, unknown[0] as string], 'unknown key; expected events and trials');
    const record = value as Record<string, unknown>;
    if (!Object.hasOwn(record, 'events')) fail(fileName, [name, 'events'], 'missing; counts need events and trials');
    if (!Object.hasOwn(record, 'trials')) fail(fileName, [name, 'trials'], 'missing; counts need events and trials');
    const events = count(record.events, fileName, [name, 'events']);
    const trials = count(record.trials, fileName, [name, 'trials']);
    if (events > trials) fail(fileName, [name, 'events'], `events (${events}) must not exceed trials (${trials})`);
    return { events, trials };
  }
  return fail(fileName, [name], `expected a list of samples or {"events": n, "trials": m}, got ${describeValue(value)}`);
}

/**
 * Reads one arm's input file: a JSON object mapping metric names to a list of samples or to
 * `{"events": n, "trials": m}`. Anything else is an `InputError` naming the file and the key. Values
 * that were not measured (null, "NaN", "Inf") are kept as NaN so the judge calls the metric `nodata`.
 */
export function parseArmObservations(text: string, fileName: string): ArmObservations {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${fileName}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { where: fileName, cause: error });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    fail(fileName, [], `expected a JSON object mapping metric names to samples or counts, got ${describeValue(data)}`);
  }
  const entries = Object.entries(data);
  if (entries.length > MAX_INPUT_METRICS) fail(fileName, [], `too many metrics: ${entries.length}, at most ${MAX_INPUT_METRICS}`);
  const result: Record<string, MetricObservation> = {};
  let samples = 0;
  for (const [name, value] of entries) {
    const problem = metricNameProblem(name);
    if (problem !== undefined) fail(fileName, [name], problem);
    const parsed = observation(value, fileName, name);
    if (Array.isArray(parsed)) {
      samples += parsed.length;
      if (samples > MAX_SAMPLES_PER_FILE) fail(fileName, [name], `too many samples in the file: more than ${MAX_SAMPLES_PER_FILE}`);
    }
    Object.defineProperty(result, name, { value: parsed, enumerable: true, writable: false, configurable: false });
  }
  return result;
}
