import { loadKeyring } from './crypto/keyring.js';
import { openDatabase } from './db/open.js';
import { rotateKeys } from './services/rotate-keys.js';
import { rotateTotpSecrets } from './services/two-factor.js';
import { rotateWebhookSecrets } from './services/webhook-secrets.js';
import { configFromEnv } from './start.js';

// `pnpm --filter @paycore/host rotate-keys`: re-encrypts every stored connection and webhook
// signing secret and two-factor secret under the newest key of PAYCORE_MASTER_KEYS (older keys stay listed until this has run).
const { config } = configFromEnv();
const { keyring } = loadKeyring(config.masterKeys, config.dataDir);
const db = await openDatabase(config.database);
try {
  const report = await rotateKeys(db, keyring);
  const secrets = await rotateWebhookSecrets(db, keyring);
  const totp = await rotateTotpSecrets(db, keyring);
  for (const [what, { rotated, current, failed }] of [
    ['connection(s)', report],
    ['webhook signing secret(s)', secrets],
    ['two-factor secret(s)', totp],
  ] as const) {
    process.stdout.write(
      `Re-encrypted ${rotated} ${what} under key "${keyring.current.id}"; ${current} already used it` +
        (failed.length > 0 ? `; ${failed.length} could not be decrypted: ${failed.join(', ')}` : '') +
        '\n',
    );
  }
  process.exitCode = report.failed.length + secrets.failed.length + totp.failed.length > 0 ? 1 : 0;
} finally {
  await db.close();
}
