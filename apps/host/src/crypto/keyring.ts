import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One AES-256 master key and the id stored with everything it encrypts. */
export interface MasterKey {
  id: string;
  key: Buffer;
}

/** The keys the host can decrypt with; `current` (the newest) encrypts. */
export interface Keyring {
  readonly current: MasterKey;
  get(id: string): MasterKey | undefined;
  /** Every key id, newest first. */
  readonly ids: readonly string[];
}

const KEY_ID = /^[A-Za-z0-9_.-]{1,64}$/;
/** The file a host without `PAYCORE_MASTER_KEYS` keeps its generated key in. */
export const KEY_FILE = 'master-keys';

/**
 * Parses `id:base64` entries separated by commas or white space, newest first. Each key must be
 * 32 bytes (AES-256); ids must be unique.
 */
export function parseMasterKeys(
  text: string,
): { ok: true; keys: MasterKey[] } | { ok: false; error: string } {
  const keys: MasterKey[] = [];
  for (const entry of text.split(/[\s,]+/).filter((part) => part !== '')) {
    const colon = entry.indexOf(':');
    const id = colon < 0 ? '' : entry.slice(0, colon);
    if (!KEY_ID.test(id)) {
      return {
        ok: false,
        error: 'each entry must be id:base64 with an id of letters, digits, "_", "-" or "."',
      };
    }
    const key = Buffer.from(entry.slice(colon + 1), 'base64');
    if (key.length !== 32) {
      return {
        ok: false,
        error: `key "${id}" must be 32 bytes of base64 (e.g. \`openssl rand -base64 32\`), not ${key.length}`,
      };
    }
    if (keys.some((k) => k.id === id)) return { ok: false, error: `key id "${id}" appears twice` };
    keys.push({ id, key });
  }
  if (keys.length === 0) return { ok: false, error: 'lists no key' };
  return { ok: true, keys };
}

/** A keyring over keys given newest first. */
export function createKeyring(keys: readonly MasterKey[]): Keyring {
  if (keys.length === 0) throw new Error('A keyring needs at least one key');
  const byId = new Map(keys.map((k) => [k.id, k]));
  return { current: keys[0]!, get: (id) => byId.get(id), ids: keys.map((k) => k.id) };
}

/** What {@link loadKeyring} did, so the caller can warn about a generated key. */
export interface LoadedKeyring {
  keyring: Keyring;
  /** `created`/`file` when the key file is in use without configured keys. */
  fileKey: 'created' | 'file' | 'none';
  keyFile: string;
}

/**
 * The configured keys, newest first, followed by the key file's keys when the file exists (so a
 * host that started on a generated key can rotate onto configured ones). With no configured key,
 * the key file is read or created (mode 0600; `wx` so two processes starting at once agree).
 */
export function loadKeyring(configured: readonly MasterKey[], dataDir: string): LoadedKeyring {
  const keyFile = join(dataDir, KEY_FILE);
  let fromFile = readKeyFile(keyFile);
  let fileKey: LoadedKeyring['fileKey'] = 'none';
  if (configured.length === 0) {
    if (fromFile === undefined) {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      const id = `local-${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`;
      try {
        writeFileSync(keyFile, `${id}:${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
        chmodSync(keyFile, 0o600);
        fileKey = 'created';
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        fileKey = 'file';
      }
      fromFile = readKeyFile(keyFile);
    } else {
      fileKey = 'file';
    }
  }
  const keys = [...configured];
  for (const key of fromFile ?? []) if (!keys.some((k) => k.id === key.id)) keys.push(key);
  return { keyring: createKeyring(keys), fileKey, keyFile };
}

function readKeyFile(file: string): MasterKey[] | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = parseMasterKeys(text);
  if (!parsed.ok) throw new Error(`The key file ${file} is damaged: ${parsed.error}`);
  return parsed.keys;
}
