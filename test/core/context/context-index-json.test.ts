import { describe, expect, it } from 'vitest';
import { parseContextIndex, serializeContextIndex } from '../../../src/core/context/context-index-json.js';
import { rankFiles } from '../../../src/core/context/rank-files.js';
import { fixtureIndex } from './support/index-fixture.js';

const index = fixtureIndex(
  {
    'src/a.ts': { content: 'alpha beta', imports: ['./b.js'], symbols: [{ name: 'Alpha', kind: 'class', exported: true }] },
    'src/b.ts': { content: 'beta gamma' },
    'README.md': { content: 'alpha project' },
  },
  [{ paths: ['src/a.ts', 'src/b.ts'] }],
  'key-1',
);

describe('context index JSON', () => {
  it('CT-050 round-trips: the parsed index ranks exactly like the original', () => {
    const parsed = parseContextIndex(serializeContextIndex(index), 'key-1');
    expect(parsed).toBeDefined();
    expect(parsed?.files).toEqual(index.files);
    expect(parsed?.importedBy).toEqual(index.importedBy);
    expect(parsed?.history).toEqual(index.history);
    expect(rankFiles(parsed!, 'alpha beta')).toEqual(rankFiles(index, 'alpha beta'));
  });

  it('CT-051 refuses another key, another format version, malformed JSON and out-of-range indices', () => {
    const text = serializeContextIndex(index);
    expect(parseContextIndex(text, 'key-2')).toBeUndefined();
    expect(parseContextIndex(text.replace('"formatVersion":1', '"formatVersion":999'), 'key-1')).toBeUndefined();
    expect(parseContextIndex(text.slice(0, -10), 'key-1')).toBeUndefined();
    const tampered = JSON.parse(text) as { imports: number[][] };
    tampered.imports[0] = [99];
    expect(parseContextIndex(JSON.stringify(tampered), 'key-1')).toBeUndefined();
    const escaping = JSON.parse(text) as { paths: string[] };
    escaping.paths[0] = '../outside.ts';
    expect(parseContextIndex(JSON.stringify(escaping), 'key-1')).toBeUndefined();
  });
});
