import type { PermissionLevel } from '../ports/forge.js';

/** A login GitHub could have issued: letters, digits and hyphens, or an app's `<slug>[bot]`. */
const PLAIN_LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/u;

/** Whether a login is an app (bot) account; GitHub gives `[bot]` only to apps. */
export function isAppLogin(login: string): boolean {
  return /\[bot\]$/iu.test(login);
}

/**
 * `@alice`, or `@"…"` for a name GitHub would not issue. A local forge reads logins from files, and
 * one such as `bob (write)` must not be able to pose as a permission inside a provenance label.
 */
export function formatLogin(login: string): string {
  return PLAIN_LOGIN.test(login) ? `@${login}` : `@${JSON.stringify(login)}`;
}

/** `@alice (write)`; the permission is left out when it was not looked up. */
export function formatAuthor(login: string, permission: PermissionLevel | undefined): string {
  return permission === undefined ? formatLogin(login) : `${formatLogin(login)} (${permission})`;
}
