/** Builds an unsigned-looking JWT for tests: base64url header and claims, a fake signature. */
export function makeJwt(claims: Record<string, unknown>, alg = 'RS256'): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg, typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

/** Seconds since the epoch of an ISO date. */
export function epoch(iso: string): number {
  return Date.parse(iso) / 1000;
}
