import { parseSeriesJson } from '../core/canary/series-json.js';
import type { MetricSeries, MetricsQuery, MetricsSource } from '../core/ports/metrics-source.js';
import { describeUrl, fetchMetricsText } from './metrics-http.js';

/** Options of {@link createHttpJsonSource}. */
export interface HttpJsonSourceOptions {
  /** URL template: `{query}`, `{start}`, `{end}` (unix seconds) and `{step}` (seconds) are filled, URL-encoded. */
  url: string;
  /** Time limit of one request in milliseconds (default 30 s). */
  timeoutMs?: number;
}

const PLACEHOLDER = /\{(query|start|end|step)\}/gu;

/** Fills the URL template; every value is percent-encoded, so none can add a parameter or a path. */
export function fillUrlTemplate(template: string, query: MetricsQuery): URL {
  const values: Record<string, string> = {
    query: query.query,
    start: String(Math.floor(query.start.getTime() / 1000)),
    end: String(Math.floor(query.end.getTime() / 1000)),
    step: String(query.stepSeconds),
  };
  return new URL(template.replace(PLACEHOLDER, (_match, name: string) => encodeURIComponent(values[name]!)));
}

/**
 * A metrics source over any HTTP endpoint answering series JSON (see series-json.ts for the shapes:
 * Drydock's `{"series": […]}` or a Prometheus matrix).
 */
export function createHttpJsonSource(options: HttpJsonSourceOptions): MetricsSource {
  return {
    kind: 'http-json',
    async queryRange(query: MetricsQuery): Promise<MetricSeries[]> {
      const url = fillUrlTemplate(options.url, query);
      const text = await fetchMetricsText(url, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
      return parseSeriesJson(text, `the metrics endpoint ${describeUrl(url)}`);
    },
  };
}
