import { parseSeriesJson } from '../core/canary/series-json.js';
import type { MetricSeries, MetricsQuery, MetricsSource } from '../core/ports/metrics-source.js';
import { describeUrl, fetchMetricsText } from './metrics-http.js';

/** Options of {@link createPrometheusSource}. */
export interface PrometheusSourceOptions {
  /** Base URL of the server, such as `http://127.0.0.1:9090` (a path prefix is kept). */
  url: string;
  /** Time limit of one request in milliseconds (default 30 s). */
  timeoutMs?: number;
}

/** Unix seconds with millisecond precision, as the Prometheus API takes them. */
function unixSeconds(date: Date): string {
  return (date.getTime() / 1000).toFixed(3);
}

/**
 * A metrics source over the Prometheus HTTP API: `GET /api/v1/query_range` with `query`, `start`,
 * `end` and `step`. Values such as `"NaN"` stay NaN; an error answer (`status: "error"`) throws
 * with Prometheus's `errorType` and message.
 */
export function createPrometheusSource(options: PrometheusSourceOptions): MetricsSource {
  const base = new URL(options.url);
  const endpoint = new URL(`${base.pathname.replace(/\/+$/u, '')}/api/v1/query_range`, base);
  return {
    kind: 'prometheus',
    async queryRange(query: MetricsQuery): Promise<MetricSeries[]> {
      const url = new URL(endpoint);
      url.searchParams.set('query', query.query);
      url.searchParams.set('start', unixSeconds(query.start));
      url.searchParams.set('end', unixSeconds(query.end));
      url.searchParams.set('step', `${query.stepSeconds}s`);
      const text = await fetchMetricsText(url, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
      return parseSeriesJson(text, `Prometheus at ${describeUrl(endpoint)}`);
    },
  };
}
