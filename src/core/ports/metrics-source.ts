/** A range query. */
export interface MetricsQuery {
  /** The query text (PromQL, a URL template, …) after placeholders were filled. */
  query: string;
  /** Start of the range. */
  start: Date;
  /** End of the range. */
  end: Date;
  /** Resolution in seconds. */
  stepSeconds: number;
}

/** One series: label set and samples. NaN samples are kept as NaN, never as zero. */
export interface MetricSeries {
  labels: Readonly<Record<string, string>>;
  /** `[unix seconds, value]` pairs in time order. */
  samples: ReadonlyArray<readonly [number, number]>;
}

/** Where canary metrics come from (Prometheus, an HTTP endpoint, a command). */
export interface MetricsSource {
  /** Which kind of source, for the journal. */
  readonly kind: string;
  queryRange(query: MetricsQuery): Promise<MetricSeries[]>;
}
