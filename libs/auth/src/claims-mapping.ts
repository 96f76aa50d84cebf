import { JWTPayload } from 'jose';

/**
 * Where a provider puts what Sluitend needs. Each value names a claim of the access token: its name as is (also a
 * URL-like name such as `https://sluitend.nl/org`), or else a dotted path into nested claims (`realm_access.roles`,
 * `resource_access.sluitend.roles`).
 */
export type ClaimsMapping = {
  /** The user's stable id. */
  sub: string;
  /** The display name. */
  name: string;
  /** The organisation the user acts for: an object `{ "type": …, "code": … }`, or one string `"<type>:<code>"`. */
  org: string;
  /** The user's Sluitend roles: an array, or one space-separated string. */
  roles: string;
  /** When set, only roles starting with it count, without it (e.g. `sluitend:` turns `sluitend:decaan` into `decaan`). */
  rolePrefix?: string;
};

/** Sluitend's own claims (ARCHITECTURE §4), as the local provider emits them. */
export const DEFAULT_CLAIMS_MAPPING: ClaimsMapping = { sub: 'sub', name: 'name', org: 'org', roles: 'roles' };

/** The value of a claim by its name, else by its dotted path; undefined when absent. */
export function claimAt(payload: Record<string, unknown>, path: string): unknown {
  if (Object.prototype.hasOwnProperty.call(payload, path)) return payload[path];
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function organisatie(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const colon = value.indexOf(':');
  return colon < 0 ? value : { type: value.slice(0, colon), code: value.slice(colon + 1) };
}

function rollen(value: unknown, prefix: string | undefined): unknown {
  const list = typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : value;
  if (!prefix || !Array.isArray(list)) return list;
  return list.filter((role): role is string => typeof role === 'string' && role.startsWith(prefix)).map((role) => role.slice(prefix.length));
}

/** Sluitend's claims (not yet validated) from a verified token's payload, by the mapping. */
export function mapClaims(payload: JWTPayload, mapping: ClaimsMapping = DEFAULT_CLAIMS_MAPPING): Record<string, unknown> {
  const claims = payload as Record<string, unknown>;
  return {
    sub: claimAt(claims, mapping.sub),
    name: claimAt(claims, mapping.name),
    org: organisatie(claimAt(claims, mapping.org)),
    roles: rollen(claimAt(claims, mapping.roles), mapping.rolePrefix),
  };
}

/** How a claim is named in an error: Sluitend's name, with where it came from when the mapping moved it. */
export function describeClaim(claim: keyof Omit<ClaimsMapping, 'rolePrefix'>, mapping: ClaimsMapping): string {
  return mapping[claim] === DEFAULT_CLAIMS_MAPPING[claim] ? claim : `${claim} (from "${mapping[claim]}")`;
}
