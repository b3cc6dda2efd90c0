/**
 * GitHub refuses a step summary over 1 MiB. The triage summary is built from blocks in order of
 * importance (verdict, clusters, diagnoses, lists of tests); blocks are kept whole, in order,
 * while they fit, and the rest is replaced by one line saying how many were left out. The same
 * input always gives the same output.
 */

/** Bytes of one step summary GitHub accepts. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

const encoder = new TextEncoder();

function bytes(text: string): number {
  return encoder.encode(text).length;
}

/** Cuts a string to at most `maxBytes` of UTF-8 without splitting a character. */
function cutToBytes(text: string, maxBytes: number): string {
  let used = 0;
  let end = 0;
  for (const character of text) {
    const size = bytes(character);
    if (used + size > maxBytes) break;
    used += size;
    end += character.length;
  }
  return text.slice(0, end);
}

/** Joins blocks with blank lines within `maxBytes`, dropping whole blocks from the end when they do not fit. */
export function fitSummary(blocks: readonly string[], maxBytes: number): { markdown: string; omitted: number } {
  const notice = (omitted: number) => `_${omitted} more section(s) left out to keep the summary under GitHub's size limit; the triage artifact has everything._`;
  const kept: string[] = [];
  let used = 0;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index] as string;
    const size = bytes(block) + 2;
    const remaining = blocks.length - index - 1;
    const reserve = remaining > 0 ? bytes(notice(blocks.length)) + 2 : 0;
    if (used + size + reserve <= maxBytes) {
      kept.push(block);
      used += size;
      continue;
    }
    const omitted = blocks.length - index;
    // A first block that alone is too big is cut rather than lost: it is the verdict.
    if (kept.length === 0) kept.push(cutToBytes(block, Math.max(0, maxBytes - bytes(notice(omitted)) - 4)));
    kept.push(notice(kept.length === 1 && index === 0 ? omitted - 1 : omitted));
    return { markdown: kept.join('\n\n'), omitted };
  }
  return { markdown: kept.join('\n\n'), omitted: 0 };
}
