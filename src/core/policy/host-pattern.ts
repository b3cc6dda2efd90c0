import { PatternSyntaxError } from './pattern-syntax-error.js';

/** A compiled host pattern. */
export interface HostPattern {
  /** The pattern as written in the configuration. */
  readonly pattern: string;
  /** Whether a normalized host (see `normalizeHost`) matches. */
  matches(host: string): boolean;
}

/** A host name policy can reason about, or the reason it cannot. */
export type NormalizedHost =
  | {
      ok: true;
      /** Lower-case, without the trailing root dot. */
      host: string;
    }
  | {
      ok: false;
      /** What is wrong, for humans and models. */
      reason: string;
    };

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`, 'u');
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/u;
const IPV6 = /^\[[0-9a-f:.]+\]$/u;

/**
 * Lower-cases a host and drops one trailing dot (`API.GitHub.com.` → `api.github.com`). Refused:
 * anything that is not a bare DNS name or IP literal — schemes, ports, user info, paths, and
 * non-ASCII names (give the `xn--` form, so look-alike letters cannot pass for another host).
 */
export function normalizeHost(raw: unknown): NormalizedHost {
  if (typeof raw !== 'string' || raw.length === 0) return { ok: false, reason: 'the host is empty or not a string' };
  let host = raw.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length > 253) return { ok: false, reason: 'the host name is longer than 253 characters' };
  if (/[^\x21-\x7e]/u.test(host)) {
    return { ok: false, reason: 'the host name has non-ASCII or space characters; use its punycode (xn--) form' };
  }
  if (IPV4.test(host) || IPV6.test(host) || HOST_NAME.test(host)) return { ok: true, host };
  return { ok: false, reason: 'expected a bare host name such as api.example.com, without scheme, port, user or path' };
}

/**
 * Compiles a host pattern: an exact host (`registry.npmjs.org`, `10.0.0.5`) or `*.` followed by a
 * domain, which matches every host below that domain at any depth but not the domain itself
 * (`*.example.com` matches `a.example.com` and `a.b.example.com`, not `example.com`).
 * Matching is case-insensitive, as DNS is.
 */
export function compileHostPattern(pattern: string): HostPattern {
  const wildcard = pattern.startsWith('*.');
  const domain = wildcard ? pattern.slice(2) : pattern;
  if (domain.includes('*')) throw new PatternSyntaxError(pattern, '"*" is only allowed as a whole first label, as in *.example.com');
  const normalized = normalizeHost(domain);
  if (!normalized.ok) throw new PatternSyntaxError(pattern, normalized.reason);
  if (wildcard && !normalized.host.includes('.')) {
    throw new PatternSyntaxError(pattern, 'a wildcard needs a domain with at least two labels, as in *.example.com');
  }
  const suffix = `.${normalized.host}`;
  return {
    pattern,
    matches: (host) => (wildcard ? host.endsWith(suffix) && host.length > suffix.length : host === normalized.host),
  };
}
