/**
 * `pnpm --filter @paycore/host codegen`: writes the host's OpenAPI document, as
 * `GET /api/openapi.json` answers it, to `openapi.json` (committed; the dashboard's API types are
 * generated from it). `--check` fails, naming the file, when the committed one is stale.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findWorkspaceRoot } from '@paycore/registry';
import { loadConfig } from '../src/config.js';
import { createHost } from '../src/host.js';
import { createLogger } from '../src/logger.js';
import { hostPackageDir } from '../src/paths.js';

const HOST_DIR = hostPackageDir(import.meta.url);
const OUT = join(HOST_DIR, 'openapi.json');

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'paycore-openapi-'));
  const workspaceRoot = findWorkspaceRoot(HOST_DIR);
  const loaded = loadConfig(
    { PAYCORE_DATA_DIR: dataDir, PAYCORE_WORKERS: '0', PAYCORE_LOG_LEVEL: 'error' },
    { hostDir: HOST_DIR, cwd: dataDir, ...(workspaceRoot === undefined ? {} : { workspaceRoot }) },
  );
  if (!loaded.ok) throw new Error(`Host configuration: ${loaded.errors.join('; ')}`);
  const host = await createHost(loaded.config, {
    hostDir: HOST_DIR,
    ...(workspaceRoot === undefined ? {} : { workspaceRoot }),
    logger: createLogger('error'),
  });
  const server: Server = await new Promise((resolve) => {
    const listening = createServer(host.app).listen(0, '127.0.0.1', () => resolve(listening));
  });
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/api/openapi.json`);
    if (!res.ok) throw new Error(`GET /api/openapi.json answered ${res.status}`);
    const text = `${JSON.stringify(await res.json(), null, 2)}\n`;
    if (process.argv.includes('--check')) {
      const committed = (() => {
        try {
          return readFileSync(OUT, 'utf8');
        } catch {
          return '';
        }
      })();
      if (committed !== text) {
        console.error(`${OUT} is stale: run pnpm codegen`);
        process.exitCode = 1;
      } else console.log('openapi.json is up to date');
    } else {
      writeFileSync(OUT, text);
      console.log(`wrote ${OUT}`);
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
