/* global fetch */
import test from 'node:test';
import assert from 'node:assert/strict';
import { start } from '../src/server.js';

test('GET /hello answers JSON', async () => {
  const server = await start(0);
  try {
    const response = await fetch(`http://127.0.0.1:${server.address().port}/hello?name=Ada`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { greeting: 'Hello, Ada!' });
  } finally {
    server.close();
  }
});

test('other paths are 404', async () => {
  const server = await start(0);
  try {
    const response = await fetch(`http://127.0.0.1:${server.address().port}/nope`);
    assert.equal(response.status, 404);
  } finally {
    server.close();
  }
});
