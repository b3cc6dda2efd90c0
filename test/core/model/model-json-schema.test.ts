import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { modelJsonSchema } from '../../../src/core/model/model-json-schema.js';

describe('modelJsonSchema', () => {
  it('closes plain objects and drops zod noise, so strict mode can enforce the schema', () => {
    const result = modelJsonSchema(z.object({ title: z.string().min(1), count: z.int(), tags: z.array(z.object({ name: z.string() })), note: z.string().nullable() }));
    expect(result).toEqual({
      strict: true,
      notStrictBecause: [],
      schema: {
        type: 'object',
        properties: {
          title: { type: 'string', minLength: 1 },
          count: { type: 'integer' },
          tags: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'], additionalProperties: false } },
          note: { type: ['string', 'null'] },
        },
        required: ['title', 'count', 'tags', 'note'],
        additionalProperties: false,
      },
    });
  });

  it('requires defaulted fields and drops the default keyword', () => {
    const result = modelJsonSchema(z.object({ level: z.enum(['low', 'high']).default('low') }));
    expect(result.strict).toBe(true);
    expect(result.schema).toEqual({ type: 'object', properties: { level: { type: 'string', enum: ['low', 'high'] } }, required: ['level'], additionalProperties: false });
  });

  it('writes discriminated unions as anyOf', () => {
    const result = modelJsonSchema(z.object({ step: z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b'), n: z.number() })]) }));
    expect(result.strict).toBe(true);
    const step = (result.schema['properties'] as Record<string, Record<string, unknown>>)['step']!;
    expect(step).toHaveProperty('anyOf');
    expect(step).not.toHaveProperty('oneOf');
  });

  it('turns strict mode off, saying why, for optional fields, open objects, records and non-object roots', () => {
    expect(modelJsonSchema(z.object({ note: z.string().optional() })).notStrictBecause).toEqual([
      '#/properties/note: strict mode needs every property required; make it nullable instead of optional',
    ]);
    expect(modelJsonSchema(z.looseObject({ a: z.string() })).strict).toBe(false);
    expect(modelJsonSchema(z.object({ counts: z.record(z.string(), z.number()) })).strict).toBe(false);
    expect(modelJsonSchema(z.array(z.string())).notStrictBecause).toEqual(['#: the root is not an object']);
  });

  it('describes the input of transforms, which is what the model writes', () => {
    const result = modelJsonSchema(z.object({ size: z.string().transform((text) => Number(text)) }));
    expect(result.schema['properties']).toEqual({ size: { type: 'string' } });
  });
});
