/**
 * Environment variable names that carry credentials. Their values are redacted from the journal
 * and logs, and they are removed from the environment of commands an agent runs.
 */
const SECRET_NAME_PATTERNS: readonly RegExp[] = [
  /TOKEN/i,
  /SECRET/i,
  /PASSWORD/i,
  /PASSWD/i,
  /(^|_)PASS$/i,
  /API_?KEY/i,
  /ACCESS_?KEY/i,
  /PRIVATE_?KEY/i,
  /CREDENTIAL/i,
  /(^|_)AUTH($|_)/i,
  /^ACTIONS_RUNTIME_/i,
  /^ACTIONS_ID_TOKEN_REQUEST_/i,
  /^ACTIONS_RESULTS_URL$/i,
  /^NPM_CONFIG__AUTH/i,
  /^AWS_SESSION/i,
];

/** Whether an environment variable of this name should be treated as a secret. */
export function isSecretEnvName(name: string): boolean {
  return SECRET_NAME_PATTERNS.some((pattern) => pattern.test(name));
}
