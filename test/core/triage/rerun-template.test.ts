import { describe, expect, it } from 'vitest';
import { expandRerunArgv, unknownPlaceholders } from '../../../src/core/triage/rerun-template.js';

const test = { id: 'math::adds (x)', suite: 'math', name: 'adds (x); rm -rf /', file: 'test/math.test.js' };

describe('expandRerunArgv', () => {
  it('fills placeholders inside single argv elements and never splits a value', () => {
    expect(expandRerunArgv(['node', '--test', '--test-name-pattern={nameRegex}', '{file}'], test)).toEqual({
      ok: true,
      argv: ['node', '--test', String.raw`--test-name-pattern=^adds \(x\); rm \-rf \/$`, 'test/math.test.js'],
    });
    expect(expandRerunArgv(['pytest', '{file}', '-k', '{name}'], test)).toEqual({ ok: true, argv: ['pytest', 'test/math.test.js', '-k', 'adds (x); rm -rf /'] });
  });

  it('refuses a value that would stand alone as an option', () => {
    const result = expandRerunArgv(['runner', '{name}'], { ...test, name: '--require=evil.js' });
    expect(result).toEqual({ ok: false, reason: 'its name starts with "-" and would be read as an option' });
  });

  it('says which placeholder has no value, and names unknown ones', () => {
    expect(expandRerunArgv(['runner', '{file}'], { id: 'a', suite: '', name: 'a' })).toEqual({
      ok: false,
      reason: 'the report gives no file for this test, and the template needs {file}',
    });
    expect(unknownPlaceholders(['runner', '{files}', '{name}', '--x={shell}'])).toEqual(['files', 'shell']);
    expect(expandRerunArgv(['runner', '{name}'], { ...test, name: 'a\nb' })).toEqual({ ok: false, reason: 'its name holds a NUL byte or a line break' });
  });
});
