import { Agent, type Dispatcher } from 'undici';

/** Options for one host-wide egress agent. */
export interface EgressAgentOptions {
  /** Sockets open to one provider origin at most; requests beyond them wait for a free one (default 16). */
  connectionsPerOrigin?: number;
  /**
   * How long an idle connection stays open for the next request, in ms (default 4000). A provider's
   * `Keep-Alive: timeout=…` hint can shorten it, never lengthen it.
   */
  keepAliveTimeoutMs?: number;
  /** Longest wait for an answer's headers once the request is sent, in ms (default 10 000). */
  headersTimeoutMs?: number;
  /** Longest silence between two chunks of an answer's body, in ms (default 10 000). */
  bodyTimeoutMs?: number;
  /**
   * Largest answer body read on any connection, in bytes as they arrive (still compressed), default
   * 1 MiB. Each safe fetch has its own, usually smaller, cap on top of this one.
   */
  maxResponseBytes?: number;
  /** TLS settings, e.g. the certificate authority of a test's local https server. */
  tls?: { ca?: string | Buffer };
}

/**
 * Builds the undici `Agent` that every safe fetch of a host sends its requests through: a pool of
 * kept-alive connections per provider origin, capped so one slow provider cannot take unbounded
 * sockets, with header, body and size limits on every answer. Create one per host and close it
 * (`await agent.close()`) on shutdown; it must not be loaded where connectors run.
 */
export function createEgressAgent(options: EgressAgentOptions = {}): Dispatcher {
  const keepAliveTimeout = options.keepAliveTimeoutMs ?? 4_000;
  return new Agent({
    connections: options.connectionsPerOrigin ?? 16,
    keepAliveTimeout,
    // A provider's hint may otherwise keep idle sockets for minutes.
    keepAliveMaxTimeout: keepAliveTimeout,
    headersTimeout: options.headersTimeoutMs ?? 10_000,
    bodyTimeout: options.bodyTimeoutMs ?? 10_000,
    maxResponseSize: options.maxResponseBytes ?? 1024 * 1024,
    ...(options.tls?.ca === undefined ? {} : { connect: { ca: options.tls.ca } }),
  });
}
