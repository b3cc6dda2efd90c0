import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

/** A 1-based position in the file. */
export interface FilePosition {
  /** Line, from 1. */
  line: number;
  /** Column, from 1. */
  column: number;
}

type YamlNodeLike = { range?: readonly [number, number, number] | null } | null | undefined;

/** Finds where a key path sits in a parsed YAML document, so messages can give line numbers. */
export class YamlLocator {
  private readonly document: Document;
  private readonly lineCounter: LineCounter;

  constructor(document: Document, lineCounter: LineCounter) {
    this.document = document;
    this.lineCounter = lineCounter;
  }

  /** Position of the value at `path`, or of its nearest ancestor that exists in the file. */
  valuePosition(path: readonly PropertyKey[]): FilePosition | undefined {
    let node: unknown = this.document.contents;
    let found = this.positionOf(node as YamlNodeLike);
    for (const segment of path) {
      const next = this.child(node, segment);
      if (next === undefined) break;
      node = next.value ?? next.key;
      found = this.positionOf(node as YamlNodeLike) ?? this.positionOf(next.key as YamlNodeLike) ?? found;
    }
    return found;
  }

  /** Position of the key `key` in the mapping at `path` (for unknown or invalid keys). */
  keyPosition(path: readonly PropertyKey[], key: string): FilePosition | undefined {
    let node: unknown = this.document.contents;
    for (const segment of path) {
      const next = this.child(node, segment);
      if (next === undefined) return this.valuePosition(path);
      node = next.value;
    }
    const pair = this.child(node, key);
    return this.positionOf(pair?.key as YamlNodeLike) ?? this.valuePosition(path);
  }

  private child(node: unknown, segment: PropertyKey): { key: unknown; value: unknown } | undefined {
    const resolved = isAlias(node) ? node.resolve(this.document) : node;
    if (isMap(resolved)) {
      const pair = resolved.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      return pair === undefined ? undefined : { key: pair.key, value: pair.value };
    }
    if (isSeq(resolved) && typeof segment === 'number') {
      const item = resolved.items[segment];
      return item === undefined ? undefined : { key: undefined, value: item };
    }
    return undefined;
  }

  private positionOf(node: YamlNodeLike): FilePosition | undefined {
    const start = node?.range?.[0];
    if (start === undefined) return undefined;
    const position = this.lineCounter.linePos(start);
    return { line: position.line, column: position.col };
  }
}
