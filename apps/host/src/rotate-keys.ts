import { loadKeyring } from './crypto/keyring.js';
import { openDatabase } from './db/open.js';
import { rotateKeys } from './services/rotate-keys.js';
import { configFromEnv } from './start.js';

// `pnpm --filter @paycore/host rotate-keys`: re-encrypts every stored connection under the newest
// key of PAYCORE_MASTER_KEYS (older keys stay listed until this has run).
const { config } = configFromEnv();
const { keyring } = loadKeyring(config.masterKeys, config.dataDir);
const db = await openDatabase(config.database);
try {
  const report = await rotateKeys(db, keyring);
  process.stdout.write(
    `Re-encrypted ${report.rotated} connection(s) under key "${keyring.current.id}"; ${report.current} already used it` +
      (report.failed.length > 0
        ? `; ${report.failed.length} could not be decrypted: ${report.failed.join(', ')}`
        : '') +
      '\n',
  );
  process.exitCode = report.failed.length > 0 ? 1 : 0;
} finally {
  await db.close();
}
