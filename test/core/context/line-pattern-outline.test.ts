import { describe, expect, it } from 'vitest';
import { goModulePath, outlineByLinePatterns } from '../../../src/core/context/line-pattern-outline.js';

const names = (outline: { symbols: Array<{ name: string; kind: string; exported: boolean }> }): string[] =>
  outline.symbols.map((symbol) => `${symbol.kind} ${symbol.name}${symbol.exported ? '' : ' (private)'}`);

describe('line-pattern outlines', () => {
  it('CT-020 Python: imports at any depth, top-level defs, classes and constants, never inside docstrings', () => {
    const outline = outlineByLinePatterns(
      'python',
      [
        'import os, sys as system',
        'from .models import Invoice',
        'from . import helpers, views',
        'from acme.billing import (',
        '    Ledger,',
        ')',
        '"""',
        'def not_a_function():',
        '"""',
        'MAX_RETRIES: int = 3',
        'class InvoiceStore(Base):',
        '    def save(self):',
        '        import json',
        'async def _load():',
        '    pass',
      ].join('\n'),
    );
    expect(outline.imports.map((entry) => `${entry.style} ${entry.specifier}`)).toEqual([
      'module os',
      'module sys',
      'relative .models',
      'relative .helpers',
      'relative .views',
      'module acme.billing',
      'module json',
    ]);
    expect(names(outline)).toEqual(['constant MAX_RETRIES', 'class InvoiceStore', 'function _load (private)']);
  });

  it('CT-021 Go: single and grouped imports, functions, methods, types and grouped declarations', () => {
    const outline = outlineByLinePatterns(
      'go',
      [
        'package store',
        'import "fmt"',
        'import (',
        '\tstore "example.com/acme/internal/store"',
        '\t"strings"',
        ')',
        '/* func Hidden() {} */',
        'type Store struct {',
        '\tname string',
        '}',
        'type (',
        '\tReader interface { Read() }',
        '\tid int',
        ')',
        'const (',
        '\tMaxSize = 10',
        ')',
        'var cache = map[string]int{}',
        'func (s *Store) Get(key string) string {',
        '\treturn fmt.Sprint(key)',
        '}',
        'func New() *Store { return &Store{} }',
      ].join('\n'),
    );
    expect(outline.imports.map((entry) => entry.specifier)).toEqual(['fmt', 'example.com/acme/internal/store', 'strings']);
    expect(names(outline)).toEqual(['class Store', 'interface Reader', 'type id (private)', 'constant MaxSize', 'variable cache (private)', 'method Get', 'function New']);
  });

  it('CT-022 Java: imports, top-level types and their methods, skipping comments and strings', () => {
    const outline = outlineByLinePatterns(
      'java',
      [
        'package com.acme;',
        'import com.acme.billing.Invoice;',
        'import static com.acme.util.Strings.join;',
        'import com.acme.store.*;',
        '// public class Commented {}',
        'public final class InvoiceService {',
        '  private final String brace = "{";',
        '  public Invoice find(String id) {',
        '    if (id == null) { return null; }',
        '    return null;',
        '  }',
        '  void reset() {}',
        '}',
        'interface Hidden {}',
      ].join('\n'),
    );
    expect(outline.imports.map((entry) => entry.specifier)).toEqual(['com.acme.billing.Invoice', 'com.acme.util.Strings.join', 'com.acme.store.*']);
    expect(names(outline)).toEqual(['class InvoiceService', 'method find', 'method reset (private)', 'interface Hidden (private)']);
  });

  it('CT-023 Rust: crate-local use trees, mod files, items and impl methods', () => {
    const outline = outlineByLinePatterns(
      'rust',
      [
        'use std::collections::HashMap;',
        'use crate::store::{Cache, ledger::Ledger};',
        'use super::util;',
        'mod cache;',
        'pub mod api {',
        '}',
        "pub struct Store<'a> { name: &'a str }",
        'pub trait Reader {}',
        'pub(crate) enum Kind { A, B }',
        'pub const MAX: usize = 3;',
        'impl Store<\'_> {',
        '    pub fn get(&self) -> char { \'{\' }',
        '}',
        'async fn load() {}',
      ].join('\n'),
    );
    expect(outline.imports.map((entry) => `${entry.style} ${entry.specifier}`)).toEqual([
      'module crate::store::Cache',
      'module crate::store::ledger::Ledger',
      'module super::util',
      'sibling-module cache',
    ]);
    expect(names(outline)).toEqual(['module cache (private)', 'module api', 'class Store', 'interface Reader', 'enum Kind (private)', 'constant MAX', 'method get', 'function load (private)']);
  });

  it('CT-024 Ruby: require and require_relative, classes, modules, methods and constants outside =begin blocks', () => {
    const outline = outlineByLinePatterns(
      'ruby',
      ["require 'json'", "require_relative 'acme/client'", '=begin', 'class Hidden', '=end', 'module Acme', '  VERSION = "1.0"', '  class Client < Base', '    def fetch(id)', '    end', '  end', 'end', 'def helper; end'].join('\n'),
    );
    expect(outline.imports.map((entry) => `${entry.style} ${entry.specifier}`)).toEqual(['module json', 'relative acme/client']);
    expect(names(outline)).toEqual(['module Acme', 'constant VERSION', 'class Client', 'method fetch', 'function helper']);
  });

  it('CT-025 reads the module path of a go.mod', () => {
    expect(goModulePath('module example.com/acme\n\ngo 1.22\n')).toBe('example.com/acme');
    expect(goModulePath('go 1.22\n')).toBeUndefined();
  });
});
