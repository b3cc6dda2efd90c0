import { describe, expect, it } from 'vitest';
import { createSystemClock } from '../../src/adapters/clock-system.js';

describe('createSystemClock', () => {
  const clock = createSystemClock();

  it('tells wall-clock time', () => {
    const before = Date.now();
    const now = clock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('sleeps for at least the given time, measured on the monotonic clock', async () => {
    const start = clock.monotonicMs();
    await clock.sleep(30);
    expect(clock.monotonicMs() - start).toBeGreaterThanOrEqual(29);
  });

  it('treats a negative sleep as no sleep', async () => {
    await expect(clock.sleep(-5)).resolves.toBeUndefined();
  });
});
