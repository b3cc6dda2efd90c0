import { describe, expect, it } from 'vitest';
import { capText, formatByteCount } from '../../../src/core/agent/output-cap.js';

describe('output cap', () => {
  it('OC-001 leaves short text alone', () => {
    expect(capText('short', { maxBytes: 100 })).toEqual({ text: 'short', truncatedBytes: 0, totalBytes: 5 });
  });

  it('OC-002 keeps the head up to a line boundary and appends the note', () => {
    const text = Array.from({ length: 100 }, (_, index) => `row ${index}`).join('\n');
    const capped = capText(text, { maxBytes: 50, hint: 'ask for less' });
    expect(capped.text).toBe(`row 0\nrow 1\nrow 2\nrow 3\nrow 4\nrow 5\nrow 6\nrow 7\n[output truncated: ${capped.truncatedBytes} of ${formatByteCount(text.length)} bytes not shown; ask for less]`);
    expect(capped.truncatedBytes).toBe(text.length - 48);
  });

  it('OC-003 keeps head and tail with the note between them', () => {
    const text = Array.from({ length: 100 }, (_, index) => `row ${index}`).join('\n');
    const capped = capText(text, { maxBytes: 40, keep: 'head-and-tail' });
    expect(capped.text.startsWith('row 0\nrow 1\nrow 2\n[output truncated:')).toBe(true);
    expect(capped.text.endsWith('\nrow 97\nrow 98\nrow 99')).toBe(true);
  });

  it('OC-004 never splits a character', () => {
    const capped = capText('é'.repeat(100), { maxBytes: 51 });
    expect(capped.text.startsWith('é'.repeat(25) + '\n[')).toBe(true);
    expect(capped.truncatedBytes).toBe(150);
  });

  it('OC-005 formats byte counts with fixed separators', () => {
    expect([0, 999, 1000, 48213, 1234567].map(formatByteCount)).toEqual(['0', '999', '1,000', '48,213', '1,234,567']);
  });
});
