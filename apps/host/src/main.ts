import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { trackConnections } from './http/graceful-stop.js';

// Only node:http is loaded before listening: /api/health answers while express, the database
// and the connector registry load (about a second), and /api/ready says when they are done.
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const starting: Handler = (req, res) => {
  const ok = req.url === '/api/health' || req.url?.startsWith('/api/health?') === true;
  res.writeHead(ok ? 200 : 503, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(ok ? {} : { 'retry-after': '1' }),
  });
  res.end(
    ok
      ? '{"status":"ok"}'
      : '{"error":{"code":"not_ready","message":"The host is starting; try again in a moment"}}',
  );
};

let handler: Handler = starting;
const server = createServer((req, res) => handler(req, res));
const connections = trackConnections(server);
const portText = process.env.PORT?.trim() || '3000';
// A bad PORT is reported with every other problem by the full configuration check below.
if (/^\d+$/.test(portText) && Number(portText) <= 65_535) {
  server.on('error', (error) => {
    process.stderr.write(`PayCore host: cannot listen on port ${portText}: ${error.message}\n`);
    process.exit(1);
  });
  server.listen(Number(portText), process.env.HOST?.trim() || undefined);
}

const started = import('./start.js').then(({ start }) => start());

let stopping = false;
const stop = async (signal: NodeJS.Signals): Promise<void> => {
  // A second signal changes nothing: under `pnpm start` Ctrl-C reaches the host both from the
  // terminal and from pnpm, and the deadline bounds the wait anyway.
  if (stopping) return;
  stopping = true;
  // A host still starting finishes first, so its database and workers are closed, not cut off;
  // until then the starting handler answers at once.
  const { host, config } = await started;
  host.deps.logger.info({ signal }, 'stopping');
  // A request may be running a verify, which ends within the verify time limit.
  const { unfinished } = await connections.stop(config.verifyTimeoutMs + 2000);
  if (unfinished > 0) {
    host.deps.logger.warn({ unfinished }, 'requests unfinished at the stop deadline were ended');
  }
  await host.close();
  process.exit(0);
};
// Registered before the first await, so a signal while the host starts also ends it cleanly.
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

const { host, config } = await started;
handler = host.app;
const address = server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
host.deps.logger.info(
  {
    port,
    database: config.database.kind === 'sqlite' ? config.database.file : 'postgres',
    providers: host.deps.registry.providers.length,
    ready: host.deps.registry.providers.filter((p) => p.status === 'ready').map((p) => p.id),
  },
  `PayCore host listening on http://localhost:${port}`,
);
