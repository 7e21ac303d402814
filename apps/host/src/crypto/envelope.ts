import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring.js';

/** What the ciphertext is bound to: decrypting it for another connection fails. */
export interface EnvelopeBinding {
  orgId: string;
  connectionId: string;
  providerId: string;
}

/** The stored form of encrypted credentials (JSON with base64 fields). */
export interface Envelope {
  v: 1;
  alg: 'A256GCM';
  kid: string;
  iv: string;
  tag: string;
  ct: string;
}

/** The additional authenticated data for a binding. */
export function additionalData(binding: EnvelopeBinding): Buffer {
  return Buffer.from(
    `org:${binding.orgId}|conn:${binding.connectionId}|provider:${binding.providerId}`,
    'utf8',
  );
}

/** Encrypts a JSON value with the keyring's current key; returns the envelope as JSON text. */
export function seal(keyring: Keyring, binding: EnvelopeBinding, value: unknown): string {
  const { id, key } = keyring.current;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additionalData(binding));
  const ct = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  const envelope: Envelope = {
    v: 1,
    alg: 'A256GCM',
    kid: id,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ct: ct.toString('base64'),
  };
  return JSON.stringify(envelope);
}

/** The key id an envelope was sealed with. */
export function envelopeKeyId(text: string): string {
  return parseEnvelope(text).kid;
}

/**
 * Decrypts an envelope. Throws when the key is unknown, the binding differs or the data was
 * tampered with (GCM authentication).
 */
export function open<T = unknown>(keyring: Keyring, binding: EnvelopeBinding, text: string): T {
  const envelope = parseEnvelope(text);
  const master = keyring.get(envelope.kid);
  if (!master) throw new Error(`No master key "${envelope.kid}" is configured to decrypt these credentials`);
  const decipher = createDecipheriv('aes-256-gcm', master.key, Buffer.from(envelope.iv, 'base64'));
  decipher.setAAD(additionalData(binding));
  decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
  const plain = Buffer.concat([decipher.update(Buffer.from(envelope.ct, 'base64')), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as T;
}

function parseEnvelope(text: string): Envelope {
  const envelope = JSON.parse(text) as Partial<Envelope>;
  if (envelope.v !== 1 || envelope.alg !== 'A256GCM' || typeof envelope.kid !== 'string') {
    throw new Error('Unknown credential envelope format');
  }
  return envelope as Envelope;
}
