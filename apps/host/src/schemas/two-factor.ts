import type { JsonSchema } from '../http/validate.js';
import { CURRENT_PASSWORD } from './auth.js';

/** A code as typed: 6 digits from the app, or a recovery code. */
const CODE: JsonSchema = { type: 'string', minLength: 6, maxLength: 20, writeOnly: true };

/** Body of `POST /api/auth/login/two-factor`. */
export interface TwoFactorLoginBody {
  challenge: string;
  code: string;
}

/** Schema of {@link TwoFactorLoginBody}. */
export const TWO_FACTOR_LOGIN_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['challenge', 'code'],
  properties: { challenge: { type: 'string', minLength: 20, maxLength: 100, writeOnly: true }, code: CODE },
};

/** Body of the routes that ask for the password again. */
export interface PasswordBody {
  password: string;
}

/** Schema of {@link PasswordBody}. */
export const PASSWORD_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['password'],
  properties: { password: CURRENT_PASSWORD },
};

/** Body of `POST /api/me/two-factor/enable`. */
export interface CodeBody {
  code: string;
}

/** Schema of {@link CodeBody}. */
export const CODE_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['code'],
  properties: { code: CODE },
};

/** Body of `PATCH /api/orgs/:orgId/two-factor-requirement`. */
export interface RequirementBody {
  required: boolean;
}

/** Schema of {@link RequirementBody}; also the answer. */
export const REQUIREMENT: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['required'],
  properties: { required: { type: 'boolean', description: 'Members must sign in with two factors' } },
};

/** `GET /api/me/two-factor`. */
export const TWO_FACTOR_STATUS: JsonSchema = {
  type: 'object',
  required: ['enabled', 'recoveryCodesLeft'],
  properties: { enabled: { type: 'boolean' }, recoveryCodesLeft: { type: 'integer' } },
};

/** `POST /api/me/two-factor/setup`. */
export const TWO_FACTOR_SETUP: JsonSchema = {
  type: 'object',
  required: ['secret', 'otpauthUri'],
  properties: {
    secret: { type: 'string', description: 'Base32, for typing into an authenticator app' },
    otpauthUri: { type: 'string', description: '`otpauth://totp/…` for a QR code' },
  },
};

/** `POST /api/me/two-factor/enable`. */
export const RECOVERY_CODES: JsonSchema = {
  type: 'object',
  required: ['recoveryCodes'],
  properties: {
    recoveryCodes: {
      type: 'array',
      items: { type: 'string' },
      description: 'Each signs in once instead of a code; shown only now',
    },
  },
};
