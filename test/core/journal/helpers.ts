import { Journal, type JournalOptions } from '../../../src/core/journal/journal.js';
import { MemoryJournalSink } from '../../../src/core/journal/memory-sink.js';
import type { Clock } from '../../../src/core/ports/clock.js';

/** A clock that starts at a fixed time and moves one second each time it is read. */
export function steppingClock(start = '2025-03-01T10:00:00.000Z', stepMs = 1000): Clock {
  let now = Date.parse(start);
  return {
    now: () => {
      const current = new Date(now);
      now += stepMs;
      return current;
    },
    monotonicMs: () => now,
    sleep: async () => {},
  };
}

/** A journal over a memory sink with test defaults. */
export function memoryJournal(options: Partial<JournalOptions> = {}): { journal: Journal; sink: MemoryJournalSink } {
  const sink = (options.sink as MemoryJournalSink | undefined) ?? new MemoryJournalSink();
  const journal = new Journal({ runId: 'run-1', stage: 'plan', attempt: 1, actor: 'planner', clock: steppingClock(), ...options, sink });
  return { journal, sink };
}

/** Lines of a small journal: stage-start, `count` tool calls, stage-end. */
export function sampleLines(count = 5): string[] {
  const { journal, sink } = memoryJournal();
  journal.append('stage-start', { goal: 'add a health endpoint' });
  for (let index = 0; index < count; index += 1) journal.append('tool-call', { tool: 'read_file', input: { path: `src/file-${index}.ts` } });
  journal.append('stage-end', { outcome: 'success' });
  return sink.lines;
}
