import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

// A FLAKY test, on purpose: it stands for a test that depends on something outside the code
// (a cold cache, a slow disk). It counts its runs in test/.runs and fails on every third run
// from the second one (runs 2, 5, 8, …); nothing in the service is wrong when it fails.
test('cache is warm after start', () => {
  const counter = new URL('./.runs', import.meta.url);
  const run = existsSync(counter) ? Number(readFileSync(counter, 'utf8')) + 1 : 1;
  writeFileSync(counter, String(run));
  assert.ok(run % 3 !== 2, `cache was cold on run ${run}`);
});
