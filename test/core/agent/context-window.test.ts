import { describe, expect, it } from 'vitest';
import { ConversationContext } from '../../../src/core/agent/context-window.js';
import { estimateMessageTokens, estimateTokens } from '../../../src/core/agent/token-estimate.js';

function addTurn(context: ConversationContext, turn: number, resultBytes: number, tools = ['read_file']): void {
  context.addAssistant(turn, { role: 'assistant', content: null, toolCalls: tools.map((name, index) => ({ id: `c${turn}-${index}`, name, arguments: '{}' })) });
  tools.forEach((_, index) => context.addToTurn({ role: 'tool', toolCallId: `c${turn}-${index}`, content: 'r'.repeat(resultBytes) }));
}

describe('token estimate', () => {
  it('CW-001 counts a token per 3 bytes of UTF-8 plus framing', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcdef')).toBe(2);
    expect(estimateTokens('日本語')).toBe(3);
    expect(estimateMessageTokens({ role: 'user', content: 'abc' })).toBe(5);
    expect(estimateMessageTokens({ role: 'assistant', content: null, toolCalls: [{ id: 'c', name: 'abc', arguments: '{}' }] })).toBe(4 + 4 + 1 + 1);
  });
});

describe('ConversationContext', () => {
  it('CW-002 keeps everything while under the high-water mark', () => {
    const context = new ConversationContext('system', 'task', { windowTokens: 10_000 });
    for (let turn = 1; turn <= 5; turn += 1) addTurn(context, turn, 300);
    expect(context.trim()).toBeUndefined();
    expect(context.messages()).toHaveLength(2 + 10);
  });

  it('CW-003 drops whole oldest turns down to the low-water mark and says so in one note', () => {
    const context = new ConversationContext('system', 'task', { windowTokens: 1_000 });
    for (let turn = 1; turn <= 8; turn += 1) addTurn(context, turn, 300, turn % 2 === 0 ? ['read_file', 'search'] : ['read_file']);
    const before = context.estimatedTokens;
    const trim = context.trim()!;
    expect(trim.tokensBefore).toBe(before);
    expect(trim.tokensAfter).toBeLessThanOrEqual(500);
    expect(trim.droppedTurns.from).toBe(1);
    const messages = context.messages();
    expect(messages.slice(0, 2)).toEqual([{ role: 'system', content: 'system' }, { role: 'user', content: 'task' }]);
    expect(messages[2]!.content).toContain(`turns 1–${trim.droppedTurns.to} were removed`);
    expect(messages[3]!.role).toBe('assistant');
    const kept = messages.slice(3);
    kept.forEach((message, index) => {
      if (message.role === 'tool') expect(['assistant', 'tool']).toContain(kept[index - 1]!.role);
    });
    const droppedCalls = Object.values(trim.droppedToolCalls).reduce((sum, count) => sum + count, 0);
    expect(trim.droppedMessages).toBe(trim.droppedTurns.to + droppedCalls);

    // A later trim keeps counting from turn 1 in the note.
    for (let turn = 9; turn <= 14; turn += 1) addTurn(context, turn, 300);
    const second = context.trim()!;
    expect(second.droppedTurns.from).toBe(trim.droppedTurns.to + 1);
    expect(context.messages()[2]!.content).toContain(`turns 1–${second.droppedTurns.to} were removed`);
  });

  it('CW-004 never drops the last turn, even when it alone is too big', () => {
    const context = new ConversationContext('system', 'task', { windowTokens: 100 });
    addTurn(context, 1, 3_000);
    expect(context.trim()).toBeUndefined();
    addTurn(context, 2, 3_000);
    expect(context.trim()!.droppedTurns).toEqual({ from: 1, to: 1 });
    expect(context.messages().filter((message) => message.role === 'assistant')).toHaveLength(1);
  });

  it('CW-005 refuses settings that cannot work', () => {
    expect(() => new ConversationContext('s', 't', { windowTokens: 0 })).toThrow(/windowTokens > 0/);
    expect(() => new ConversationContext('s', 't', { windowTokens: 10, lowWater: 0.9, highWater: 0.5 })).toThrow(/lowWater <= highWater/);
    expect(() => new ConversationContext('s', 't', { windowTokens: 10 }).addToTurn({ role: 'tool', toolCallId: 'x', content: '' })).toThrow(/assistant message before/);
  });
});
