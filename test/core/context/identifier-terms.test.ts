import { describe, expect, it } from 'vitest';
import { normalizeTerm, splitWord } from '../../../src/core/context/identifier-terms.js';
import { goalTerms, TermExtractor } from '../../../src/core/context/term-extractor.js';

describe('identifier terms', () => {
  it('CT-001 splits camelCase, PascalCase, acronyms, snake_case and digits', () => {
    expect(splitWord('parseConfigFile')).toEqual(['parse', 'Config', 'File']);
    expect(splitWord('HTTPServerError')).toEqual(['HTTP', 'Server', 'Error']);
    expect(splitWord('MAX_READ_BYTES')).toEqual(['MAX', 'READ', 'BYTES']);
    expect(splitWord('utf8Decoder')).toEqual(['utf', '8', 'Decoder']);
    expect(splitWord('$scope_id')).toEqual(['scope', 'id']);
  });

  it('CT-002 lower-cases, stems plurals and drops stop words, keywords and numbers', () => {
    expect(normalizeTerm('Invoices')).toBe('invoice');
    expect(normalizeTerm('policies')).toBe('policy');
    expect(normalizeTerm('status')).toBe('status');
    expect(normalizeTerm('class')).toBeUndefined();
    expect(normalizeTerm('the')).toBeUndefined();
    expect(normalizeTerm('404')).toBeUndefined();
    expect(normalizeTerm('x')).toBeUndefined();
  });

  it('CT-003 kebab-case and paths split into words; names also yield their joined form', () => {
    const counts = new Map<string, number>();
    new TermExtractor().countNameTerms('src/billing/invoice-store.ts', counts);
    expect([...counts.keys()]).toEqual(['src', 'billing', 'invoice', 'store', 'ts']);
    expect(goalTerms('Fix the InvoiceStore retries')).toEqual(['fix', 'invoice', 'store', 'invoicestore', 'retry']);
  });

  it('CT-004 counts content terms per occurrence', () => {
    const extractor = new TermExtractor();
    expect(extractor.contentTermsOfText('const invoiceTotal = invoice.total; // invoices')).toMatchObject({ terms: ['invoice', 'total'], counts: [3, 2] });
    // Each text starts afresh.
    expect(extractor.contentTermsOfText('total')).toMatchObject({ terms: ['total'], counts: [1] });
  });
});
