import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

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
const portText = process.env.PORT?.trim() || '3000';
// A bad PORT is reported with every other problem by the full configuration check below.
if (/^\d+$/.test(portText) && Number(portText) <= 65_535) {
  server.on('error', (error) => {
    process.stderr.write(`PayCore host: cannot listen on port ${portText}: ${error.message}\n`);
    process.exit(1);
  });
  server.listen(Number(portText), process.env.HOST?.trim() || undefined);
}

const { start } = await import('./start.js');
const { host, config } = await start();
handler = host.listener;
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

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  host.deps.logger.info({ signal }, 'stopping');
  setTimeout(() => process.exit(1), 10_000).unref();
  server.close(() => {
    void host.close().finally(() => process.exit(0));
  });
  server.closeIdleConnections();
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
