import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/dashboard. */
export const DASHBOARD_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built host's entry point, started as a child process like `pnpm start` does. */
export const HOST_MAIN = resolve(DASHBOARD_DIR, '..', 'host', 'dist', 'main.js');
/** Screenshots of failed journeys (git-ignored). */
export const RESULTS_DIR = join(DASHBOARD_DIR, 'test-results');
/** Debian's Chromium; CHROMIUM_PATH points elsewhere when needed. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';

/** Why the browser suite cannot run here, or undefined when it can. */
export function browserSuiteUnavailable(): string | undefined {
  if (!existsSync(CHROMIUM_PATH))
    return `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH`;
  return undefined;
}

/** The flags Debian's Chromium needs in containers and CI (see README.md). */
export { CHROMIUM_FLAGS } from './chromium-flags';

/** The password every journey's account has. */
export const PASSWORD = 'correct horse battery';

/** The shared host's platform admin, made and granted by the global set-up; one journey logs in as it. */
export const ADMIN_EMAIL = 'ops@paycore-admin.example';
