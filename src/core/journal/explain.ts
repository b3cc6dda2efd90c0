import type { JournalEvent } from './event.js';
import { printable, summarizeEvent } from './summarize.js';

/** Figures for one stage attempt, read from its events. */
export interface StageTotals {
  /** Stage name. */
  stage: string;
  /** Stage attempt. */
  attempt: number;
  /** Number of events. */
  events: number;
  /** Number of `model-call` events. */
  modelCalls: number;
  /** Input tokens of all model calls (or the stage-end figure when no call reported usage). */
  inputTokens: number;
  /** Output tokens, likewise. */
  outputTokens: number;
  /** Cost in USD of all model calls (or the stage-end figure when no call reported one). */
  costUsd: number;
  /** From stage-start to stage-end, else from the first to the last event; undefined if times are unreadable. */
  durationMs: number | undefined;
  /** `outcome` of the stage-end event, if there is one. */
  outcome: string | undefined;
}

export interface ExplainOptions {
  /** Cut summaries to this many characters (default 120). */
  summaryWidth?: number;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Input and output tokens from `usage` (or `tokens`), accepting a few spellings. */
export function readTokens(value: unknown): { input: number; output: number } | undefined {
  const usage = record(value);
  if (usage === undefined) return undefined;
  const input = finite(usage.inputTokens) ?? finite(usage.input) ?? finite(usage.promptTokens);
  const output = finite(usage.outputTokens) ?? finite(usage.output) ?? finite(usage.completionTokens);
  if (input === undefined && output === undefined) return undefined;
  return { input: input ?? 0, output: output ?? 0 };
}

/** Per stage attempt, in order of first appearance. */
export function stageTotals(events: readonly JournalEvent[]): StageTotals[] {
  interface Accumulator {
    totals: StageTotals;
    first: number;
    last: number;
    started: number | undefined;
    ended: number | undefined;
    sawUsage: boolean;
    sawCost: boolean;
    endTokens: { input: number; output: number } | undefined;
    endCost: number | undefined;
  }
  const byStage = new Map<string, Accumulator>();
  for (const event of events) {
    const key = `${event.stage}#${event.attempt}`;
    let accumulator = byStage.get(key);
    if (accumulator === undefined) {
      accumulator = {
        totals: { stage: event.stage, attempt: event.attempt, events: 0, modelCalls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, durationMs: undefined, outcome: undefined },
        first: Number.NaN,
        last: Number.NaN,
        started: undefined,
        ended: undefined,
        sawUsage: false,
        sawCost: false,
        endTokens: undefined,
        endCost: undefined,
      };
      byStage.set(key, accumulator);
    }
    const totals = accumulator.totals;
    totals.events += 1;
    const time = Date.parse(event.time);
    if (!Number.isNaN(time)) {
      if (Number.isNaN(accumulator.first)) accumulator.first = time;
      accumulator.last = time;
    }
    if (event.kind === 'model-call') {
      totals.modelCalls += 1;
      const tokens = readTokens(event.data.usage);
      if (tokens !== undefined) {
        accumulator.sawUsage = true;
        totals.inputTokens += tokens.input;
        totals.outputTokens += tokens.output;
      }
      const cost = finite(event.data.costUsd);
      if (cost !== undefined) {
        accumulator.sawCost = true;
        totals.costUsd += cost;
      }
    } else if (event.kind === 'stage-start') {
      accumulator.started ??= Number.isNaN(time) ? undefined : time;
    } else if (event.kind === 'stage-end') {
      accumulator.ended = Number.isNaN(time) ? undefined : time;
      totals.outcome = typeof event.data.outcome === 'string' ? event.data.outcome : totals.outcome;
      accumulator.endTokens = readTokens(event.data.tokens) ?? readTokens(event.data.usage);
      accumulator.endCost = finite(event.data.costUsd);
    }
  }
  return [...byStage.values()].map((accumulator) => {
    const totals = accumulator.totals;
    if (!accumulator.sawUsage && accumulator.endTokens !== undefined) {
      totals.inputTokens = accumulator.endTokens.input;
      totals.outputTokens = accumulator.endTokens.output;
    }
    if (!accumulator.sawCost && accumulator.endCost !== undefined) totals.costUsd = accumulator.endCost;
    const from = accumulator.started ?? accumulator.first;
    const to = accumulator.ended ?? accumulator.last;
    totals.durationMs = Number.isNaN(from) || Number.isNaN(to) ? undefined : Math.max(0, to - from);
    return totals;
  });
}

/** `1h 02m`, `4m 12s`, `3.2s`, `250 ms`. */
export function formatDuration(durationMs: number | undefined): string {
  if (durationMs === undefined) return '-';
  if (durationMs < 1000) return `${Math.round(durationMs)} ms`;
  const seconds = durationMs / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const wholeSeconds = Math.round(seconds);
  const minutes = Math.floor(wholeSeconds / 60);
  if (minutes < 60) return `${minutes}m ${String(wholeSeconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

function formatTime(time: string): string {
  const parsed = new Date(time);
  if (Number.isNaN(parsed.getTime())) return printable(time.slice(0, 19));
  return parsed.toISOString().slice(0, 19).replace('T', ' ');
}

function table(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => {
        if (column === row.length - 1 && !rightAligned.has(column)) return cell;
        return rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!);
      })
      .join('  ')
      .trimEnd(),
  );
}

/**
 * A readable account of a journal: a timeline with one line per event (time, stage, actor, kind
 * and a short summary) and a table of totals per stage attempt.
 */
export function explainJournal(events: readonly JournalEvent[], options: ExplainOptions = {}): string {
  const width = options.summaryWidth ?? 120;
  if (events.length === 0) return 'The journal has no events.\n';
  const first = events[0]!;
  const last = events[events.length - 1]!;
  const stageNames = new Set(events.map((event) => event.stage));
  const lines: string[] = [
    `Run ${printable(first.runId)}: ${events.length} events in ${stageNames.size} ${stageNames.size === 1 ? 'stage' : 'stages'}, ${formatTime(first.time)} to ${formatTime(last.time)} UTC`,
    '',
    'Timeline',
  ];
  const timeline: string[][] = [['seq', 'time (UTC)', 'stage', 'actor', 'kind', 'summary']];
  for (const event of events) {
    timeline.push([
      String(event.seq),
      formatTime(event.time),
      printable(attemptLabel(event.stage, event.attempt)),
      printable(event.actor),
      event.kind,
      summarizeEvent(event, width),
    ]);
  }
  lines.push(...table(timeline, new Set([0])).map((line) => `  ${line}`), '', 'Totals by stage');

  const totals = stageTotals(events);
  const rows: string[][] = [['stage', 'events', 'model calls', 'tokens in', 'tokens out', 'cost USD', 'duration', 'outcome']];
  for (const stage of totals) {
    rows.push([
      printable(attemptLabel(stage.stage, stage.attempt)),
      String(stage.events),
      String(stage.modelCalls),
      String(stage.inputTokens),
      String(stage.outputTokens),
      stage.costUsd.toFixed(4),
      formatDuration(stage.durationMs),
      stage.outcome ?? '-',
    ]);
  }
  if (totals.length > 1) {
    const sum = (pick: (stage: StageTotals) => number): number => totals.reduce((total, stage) => total + pick(stage), 0);
    const start = Date.parse(first.time);
    const end = Date.parse(last.time);
    rows.push([
      'all',
      String(sum((stage) => stage.events)),
      String(sum((stage) => stage.modelCalls)),
      String(sum((stage) => stage.inputTokens)),
      String(sum((stage) => stage.outputTokens)),
      sum((stage) => stage.costUsd).toFixed(4),
      formatDuration(Number.isNaN(start) || Number.isNaN(end) ? undefined : end - start),
      '',
    ]);
  }
  lines.push(...table(rows, new Set([1, 2, 3, 4, 5])).map((line) => `  ${line}`));
  return `${lines.join('\n')}\n`;
}

function attemptLabel(stage: string, attempt: number): string {
  return attempt === 1 ? stage : `${stage}#${attempt}`;
}
