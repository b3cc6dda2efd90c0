import type { RiskThresholds, SensitiveArea } from './risk-types.js';

/**
 * Sensitive areas every config starts with, as fresh objects; a `risk.sensitiveAreas` list in the
 * config replaces them all. Weights are calibrated against the default thresholds and the points
 * in `RISK_POINTS`: touching a migration alone is medium risk, touching it together with auth or
 * infrastructure code is high.
 */
export function defaultSensitiveAreas(): SensitiveArea[] {
  return [
    { paths: ['migrations/**', '**/migrations/**'], weight: 30, reason: 'database migrations change stored data and are hard to undo' },
    { paths: ['auth/**', '**/auth/**'], weight: 25, reason: 'authentication and authorization code decides who may do what' },
    { paths: ['security/**', '**/security/**'], weight: 25, reason: 'security controls protect everything else' },
    {
      paths: ['infra/**', '**/infra/**', 'terraform/**', '**/terraform/**', '**/*.tf', '**/*.tfvars'],
      weight: 25,
      reason: 'infrastructure as code changes live environments',
    },
    { paths: ['.github/**'], weight: 20, reason: 'workflows and repository settings run with the repository’s tokens' },
    { paths: ['Dockerfile', '**/Dockerfile*', '**/*.dockerfile'], weight: 10, reason: 'container images define what runs in production' },
    {
      paths: [
        'package-lock.json',
        '**/package-lock.json',
        '**/npm-shrinkwrap.json',
        '**/yarn.lock',
        '**/pnpm-lock.yaml',
        '**/go.sum',
        '**/Cargo.lock',
        '**/poetry.lock',
        '**/uv.lock',
        '**/Gemfile.lock',
      ],
      weight: 10,
      reason: 'lock files pull in third-party code nobody here reviewed',
    },
  ];
}

/** Default score thresholds; see `RISK_POINTS` for what a score is made of. */
export const DEFAULT_RISK_THRESHOLDS: Readonly<RiskThresholds> = Object.freeze({ medium: 20, high: 40 });

/** Import levels followed from a target file to its dependents by default. */
export const DEFAULT_DEPENDENTS_DEPTH = 3;

/** Deepest import level a config may ask for; beyond it nearly everything depends on everything. */
export const MAX_DEPENDENTS_DEPTH = 10;
