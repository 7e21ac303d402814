import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { createRequire } from 'node:module';
import type { LookupFunction } from 'node:net';
import type * as IpAddr from 'ipaddr.js';

// ipaddr.js (express's own address library) is CommonJS whose types TypeScript will not
// default-import under NodeNext; required, it is the same object.
const ipaddr = createRequire(import.meta.url)('ipaddr.js') as typeof IpAddr;

/**
 * Whether an address is on the public internet. Everything else is refused as a webhook target:
 * private, loopback, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, unique-local,
 * multicast, reserved, and IPv6 forms that embed an IPv4 address.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** The host of a URL without IPv6 brackets. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * What is wrong with a webhook URL, or undefined. https only, and no address that is not public
 * (checked here for literal addresses, and again on every connection for resolved names), unless
 * private addresses are allowed (development and tests), which also allows http.
 */
export function webhookUrlProblem(text: string, allowPrivate: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute URL, e.g. https://example.com/webhooks/paycore';
  }
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) return 'must use https';
  if (allowPrivate) return undefined;
  const host = bareHost(url).toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || (ipaddr.isValid(host) && !isPublicAddress(host)))
    return 'must not point to a private, loopback or link-local address';
  return undefined;
}

/** A refused connection to an address that is not public. */
function privateAddressError(hostname: string, address: string): NodeJS.ErrnoException {
  return Object.assign(
    new Error(`${hostname} resolves to ${address}, which is not a public address: refused`),
    { code: 'ERR_PAYCORE_PRIVATE_ADDRESS' },
  );
}

/**
 * A DNS lookup for sockets that refuses names resolving to an address that is not public. It runs
 * when the connection is made, so a name that resolved to a public address when the endpoint was
 * registered and to a private one now (DNS rebinding) is refused too.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 4);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused) return callback(privateAddressError(hostname, refused.address), '', 4);
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    return callback(null, first.address, first.family);
  });
};

/** Refuses a URL whose host is a literal address that is not public (sockets do no lookup for those). */
export function refuseLiteralPrivate(text: string): void {
  const host = bareHost(new URL(text));
  if (ipaddr.isValid(host) && !isPublicAddress(host)) throw privateAddressError(host, host);
}
