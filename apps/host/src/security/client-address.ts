import { createRequire } from 'node:module';
import type { Request } from 'express';
import type * as IpAddr from 'ipaddr.js';

// As in webhook-url.ts: ipaddr.js is CommonJS whose types do not allow a default import here.
const ipaddr = createRequire(import.meta.url)('ipaddr.js') as typeof IpAddr;

/**
 * The address a request came from, as limits count it: express's `req.ip`, which honours
 * `PAYCORE_TRUST_PROXY` (a hop count or the proxies' addresses) by taking the address the nearest
 * trusted proxy appended to `X-Forwarded-For`, never one the client wrote itself. An IPv4 address
 * mapped into IPv6 (`::ffff:192.0.2.1`) counts as itself; an IPv6 address counts as its /64,
 * since one subscriber usually has a whole /64 and could otherwise take a fresh address per guess.
 */
export function clientAddress(req: Request): string {
  return limitAddress(req.ip ?? req.socket.remoteAddress ?? 'unknown');
}

/** The form of an address that limits count: IPv4 as is, IPv6 as its /64 network. */
export function limitAddress(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const v6 = parsed as IpAddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  return `${v6.parts
    .slice(0, 4)
    .map((part: number) => part.toString(16))
    .join(':')}::/64`;
}
