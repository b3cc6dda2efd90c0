import { describe, expect, it } from 'vitest';
import { Redactor, redactionMarker } from '../../../src/core/journal/redact.js';

const GHP = `ghp_${'a1B2c3D4e5'.repeat(3)}abcdef`;
const SK_PROJ = 'sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv_wX-yZ0123456789';
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const PEM = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEA7V1x', 'q2Zs9c3Yt==', '-----END RSA PRIVATE KEY-----'].join('\n');

describe('Redactor', () => {
  const redactor = new Redactor();

  it('RD-001 redacts ghp_ tokens', () => {
    expect(redactor.redactString(`token ${GHP} used`)).toBe('token [REDACTED:github-token] used');
  });

  it('RD-002 redacts gho_, ghu_, ghs_ and ghr_ tokens', () => {
    for (const prefix of ['gho_', 'ghu_', 'ghs_', 'ghr_']) {
      const token = `${prefix}${'Zz09yY18xX'.repeat(4)}`;
      expect(redactor.redactString(`x-access-token:${token}@github.com`), prefix).toBe('x-access-token:[REDACTED:github-token]@github.com');
    }
  });

  it('RD-003 redacts fine-grained github_pat_ tokens', () => {
    const token = `github_pat_11ABCDEFG0${'abcdEFGH12'.repeat(8)}`;
    expect(redactor.redactString(`GH_PAT=${token}`)).toBe('GH_PAT=[REDACTED:github-token]');
  });

  it('RD-004 redacts sk- API keys, sk-proj- included', () => {
    expect(redactor.redactString(`key=${SK_PROJ}`)).toBe('key=[REDACTED:api-key]');
    expect(redactor.redactString('Bearer sk-AbCdEfGhIjKlMnOpQrStUvWx0123')).toBe('Bearer [REDACTED:api-key]');
  });

  it('RD-005 redacts AWS access key ids (AKIA and ASIA)', () => {
    expect(redactor.redactString('id AKIAIOSFODNN7EXAMPLE here')).toBe('id [REDACTED:aws-access-key-id] here');
    expect(redactor.redactString('"ASIAY34FZKBOKMUTVV7A"')).toBe('"[REDACTED:aws-access-key-id]"');
  });

  it('RD-006 redacts JWTs', () => {
    expect(redactor.redactString(`Authorization: Bearer ${JWT}`)).toBe('Authorization: Bearer [REDACTED:jwt]');
  });

  it('RD-007 redacts PEM private key blocks, even when cut off before the END line', () => {
    expect(redactor.redactString(`key:\n${PEM}\nafter`)).toBe('key:\n[REDACTED:private-key]\nafter');
    expect(redactor.redactString('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA')).toBe('[REDACTED:private-key]');
    expect(redactor.redactString('-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQY')).toBe('-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQY');
  });

  it('RD-008 redacts registered secrets, under their label', () => {
    const withSecrets = new Redactor({ secrets: ['correct-horse-battery', { value: 'db-password-42', label: 'database' }] });
    expect(withSecrets.redactString('a correct-horse-battery b db-password-42')).toBe('a [REDACTED:secret] b [REDACTED:database]');
  });

  it('RD-009 redacts values of token-bearing environment variables, labelled with the name', () => {
    const fromEnv = new Redactor({ env: { MY_SERVICE_TOKEN: 'abc123xyz', DEPLOY_PASSWORD: 'letmein!', HOME: '/home/runner', PATH: '/usr/bin' } });
    expect(fromEnv.redactString('abc123xyz and letmein! in /home/runner')).toBe('[REDACTED:MY_SERVICE_TOKEN] and [REDACTED:DEPLOY_PASSWORD] in /home/runner');
    expect(fromEnv.secretCount).toBe(2);
  });

  it('RD-010 ignores values shorter than the minimum length, so "true" stays', () => {
    const fromEnv = new Redactor({ env: { TOKEN_REQUIRED: 'true', API_KEY: 'short' }, secrets: ['abc'] });
    expect(fromEnv.secretCount).toBe(0);
    expect(fromEnv.redactString('true short abc')).toBe('true short abc');
    expect(new Redactor({ minimumSecretLength: 3, secrets: ['abc'] }).redactString('xabcx')).toBe('x[REDACTED:secret]x');
  });

  it('RD-011 redacts object keys as well as values', () => {
    expect(redactor.redactValue({ [GHP]: 'value', other: GHP })).toEqual({ '[REDACTED:github-token]': 'value', other: '[REDACTED:github-token]' });
  });

  it('RD-012 walks nested values and returns a JSON-safe copy without touching the input', () => {
    const input = {
      list: [GHP, 1, undefined, { deep: [`x ${SK_PROJ}`] }],
      skipped: undefined,
      when: new Date('2025-03-01T10:00:00.000Z'),
      ratio: Number.NaN,
      big: 12n,
      ok: true,
      none: null,
    };
    const output = redactor.redactValue(input);
    expect(output).toEqual({
      list: ['[REDACTED:github-token]', 1, null, { deep: ['x [REDACTED:api-key]'] }],
      when: '2025-03-01T10:00:00.000Z',
      ratio: null,
      big: '12',
      ok: true,
      none: null,
    });
    expect(input.list[0]).toBe(GHP);
  });

  it('RD-013 redacts secrets registered later, short strings included', () => {
    const later = new Redactor();
    expect(later.redactString('pw=s3cr3t!')).toBe('pw=s3cr3t!');
    expect(later.addSecret('s3cr3t!')).toBe(true);
    expect(later.addSecret('tiny')).toBe(false);
    expect(later.redactString('pw=s3cr3t!')).toBe('pw=[REDACTED:secret]');
  });

  it('RD-014 replaces the longest secret when one contains another', () => {
    const nested = new Redactor({ secrets: [{ value: 'secret-value', label: 'short' }, { value: 'secret-value-extended', label: 'long' }] });
    expect(nested.redactString('secret-value-extended secret-value')).toBe('[REDACTED:long] [REDACTED:short]');
  });

  it('RD-015 leaves look-alikes alone', () => {
    const innocent = [
      'task-force-abcdefghijklmnopqrstuvwxyz',
      'ghp_short',
      'see ghp_ prefix docs',
      'commit 3f2a9c1e5b7d4a6f8e0c2b4d6f8a0c2e4b6d8f0a',
      'id 123e4567-e89b-12d3-a456-426614174000',
      'eyJ is how base64 JSON starts',
      'AKIAshort',
      'risk-assessment-needed-for-this-change',
      'git checkout sk-feature-add-health-endpoint',
    ];
    for (const text of innocent) expect(redactor.redactString(text), text).toBe(text);
  });

  it('RD-016 treats regular expression characters in secrets literally', () => {
    const special = new Redactor({ secrets: ['a.b*c+(d)|[e]$^\\'] });
    expect(special.redactString('x a.b*c+(d)|[e]$^\\ y axbbbc')).toBe('x [REDACTED:secret] y axbbbc');
  });

  it('RD-017 refuses circular structures', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => redactor.redactValue(loop)).toThrow(TypeError);
    const shared = { a: 1 };
    expect(redactor.redactValue({ left: shared, right: shared })).toEqual({ left: { a: 1 }, right: { a: 1 } });
  });

  it('RD-018 keeps a __proto__ member as data', () => {
    const parsed = JSON.parse('{"__proto__":{"polluted":true},"a":1}') as object;
    const output = redactor.redactValue(parsed) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('RD-019 redacts a secret without its trailing newline, and each line of a multi-line secret', () => {
    const lines = new Redactor({ secrets: [{ value: 'first-line-of-it\nsecond-line-too\n', label: 'certificate' }] });
    expect(lines.redactString('got first-line-of-it then second-line-too')).toBe('got [REDACTED:certificate] then [REDACTED:certificate]');
    const trailing = new Redactor({ env: { DEPLOY_TOKEN: 'tok-123456\n' } });
    expect(trailing.redactString('auth tok-123456 ok')).toBe('auth [REDACTED:DEPLOY_TOKEN] ok');
  });

  it('marks redactions as [REDACTED:<kind>]', () => {
    expect(redactionMarker('jwt')).toBe('[REDACTED:jwt]');
  });
});
