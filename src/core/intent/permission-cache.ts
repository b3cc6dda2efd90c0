import type { Forge, PermissionLevel } from '../ports/forge.js';

/** Looks up a user's permission on the repository. */
export type PermissionLookup = (login: string) => Promise<PermissionLevel>;

/**
 * Permission lookups for one gathering: each login is asked once (logins are case-insensitive on
 * GitHub), so an issue with fifty comments by three people costs three API calls. A failed lookup
 * is not cached and is not turned into `none`: the error propagates, so a GitHub outage fails the
 * run instead of quietly demoting a maintainer's instructions to context.
 */
export function cachedPermissions(forge: Pick<Forge, 'getPermission'>): PermissionLookup {
  const known = new Map<string, Promise<PermissionLevel>>();
  return (login) => {
    const key = login.toLowerCase();
    let lookup = known.get(key);
    if (lookup === undefined) {
      lookup = forge.getPermission(login);
      known.set(key, lookup);
      lookup.catch(() => known.delete(key));
    }
    return lookup;
  };
}
