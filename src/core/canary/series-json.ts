import * as z from 'zod';
import { InputError } from '../errors.js';
import type { MetricSeries } from '../ports/metrics-source.js';

/**
 * The JSON shapes a metrics endpoint or command may answer with:
 *
 * - Drydock's own: `{"series": [{"labels": {…}, "samples": [[unixSeconds, value], …]}]}`, where a
 *   value is a number, a numeric string, `"NaN"` or `null` (no data at that time);
 * - Prometheus's `query_range` answer: `{"status": "success", "data": {"resultType": "matrix",
 *   "result": [{"metric": {…}, "values": [[unixSeconds, "value"], …]}]}}`.
 *
 * Values that are not numbers become NaN, never zero: missing data must not read as a good value.
 */

const sampleValueSchema = z.union([z.number(), z.string(), z.null()]);
const sampleSchema = z.tuple([z.number(), sampleValueSchema]);

const drydockSeriesSchema = z.object({
  series: z.array(
    z.object({
      labels: z.record(z.string(), z.string()).optional(),
      samples: z.array(sampleSchema),
    }),
  ),
});

const prometheusMatrixSchema = z.object({
  status: z.string(),
  error: z.string().optional(),
  errorType: z.string().optional(),
  data: z
    .object({
      resultType: z.string(),
      result: z.array(z.object({ metric: z.record(z.string(), z.string()).optional(), values: z.array(sampleSchema).optional() })),
    })
    .optional(),
});

/** A sample value as a number: numbers stay, numeric strings parse, everything else is NaN. */
export function sampleValue(value: number | string | null): number {
  if (typeof value === 'number') return value;
  if (value === null) return Number.NaN;
  const trimmed = value.trim();
  if (/^[+-]?inf$/iu.test(trimmed)) return trimmed.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

function toSeries(labels: Readonly<Record<string, string>> | undefined, samples: ReadonlyArray<readonly [number, number | string | null]>): MetricSeries {
  return { labels: labels ?? {}, samples: samples.map(([time, value]) => [time, sampleValue(value)] as const) };
}

/** Parses series JSON from `where` (a URL or a command, for messages). */
export function parseSeriesJson(text: string, where: string): MetricSeries[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${where} did not answer with JSON: ${(error as Error).message}`, { where });
  }
  const prometheus = prometheusMatrixSchema.safeParse(value);
  if (prometheus.success && (value as { status?: unknown }).status !== undefined) {
    const answer = prometheus.data;
    if (answer.status !== 'success') {
      throw new InputError(`${where} answered ${answer.errorType ?? 'error'}: ${answer.error ?? 'no message'}`, { where });
    }
    if (answer.data === undefined || answer.data.resultType !== 'matrix') {
      throw new InputError(`${where} answered a ${answer.data?.resultType ?? 'missing'} result; a range query returns a matrix`, { where });
    }
    return answer.data.result.map((entry) => toSeries(entry.metric, entry.values ?? []));
  }
  const drydock = drydockSeriesSchema.safeParse(value);
  if (!drydock.success) {
    throw new InputError(
      `${where} answered JSON of an unknown shape; expected {"series": [{"labels": {…}, "samples": [[unixSeconds, value], …]}]} or a Prometheus matrix (${z.prettifyError(drydock.error).split('\n')[0] ?? ''})`,
      { where },
    );
  }
  return drydock.data.series.map((entry) => toSeries(entry.labels, entry.samples));
}
