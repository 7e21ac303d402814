/**
 * Built-in modules a connector may not reach, by any route (static or dynamic import, require,
 * createRequire, process.getBuiltinModule): everything that opens sockets, resolves names, starts
 * processes or threads, or reconfigures the runtime.
 */
export const BLOCKED_BUILTINS: ReadonlySet<string> = new Set([
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dgram',
  'dns',
  'child_process',
  'worker_threads',
  'cluster',
  'inspector',
  'v8',
]);

/** Globals that would reach the network without `ctx.fetch`; removed before connector code runs. */
export const BLOCKED_GLOBALS = ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest'] as const;

/** The built-in a specifier names when it is a blocked one (`node:http`, `https`, `dns/promises`). */
export function blockedBuiltin(specifier: string): string | undefined {
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  const base = bare.split('/')[0] ?? bare;
  return BLOCKED_BUILTINS.has(base) ? base : undefined;
}

/** The message a blocked import or require throws: it names the module and the rule. */
export function blockedMessage(specifier: string, route: string): string {
  return `PayCore sandbox: connector code may not load "${specifier}" (${route}): no network, process or thread access outside ctx.fetch`;
}
