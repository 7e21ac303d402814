import type { JsonSchema } from '../http/validate.js';
import { CURRENT_PASSWORD, EMAIL, NEW_PASSWORD } from './auth.js';

/** A token from an e-mailed link. */
const TOKEN: JsonSchema = { type: 'string', minLength: 20, maxLength: 100, writeOnly: true };

/** Body of `POST /api/auth/verify-email`. */
export interface TokenBody {
  token: string;
}

/** Schema of {@link TokenBody}. */
export const TOKEN_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['token'],
  properties: { token: TOKEN },
};

/** Body of `POST /api/auth/password-reset`. */
export interface ResetRequestBody {
  email: string;
}

/** Schema of {@link ResetRequestBody}. */
export const RESET_REQUEST_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['email'],
  properties: { email: EMAIL },
};

/** Body of `POST /api/auth/password-reset/confirm`. */
export interface ResetConfirmBody {
  token: string;
  password: string;
}

/** Schema of {@link ResetConfirmBody}. */
export const RESET_CONFIRM_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['token', 'password'],
  properties: { token: TOKEN, password: NEW_PASSWORD },
};

/** Body of `POST /api/me/email`. */
export interface ChangeEmailBody {
  email: string;
  password: string;
}

/** Schema of {@link ChangeEmailBody}. */
export const CHANGE_EMAIL_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['email', 'password'],
  properties: { email: EMAIL, password: CURRENT_PASSWORD },
};

/** Body of `POST /api/me/password`. */
export interface ChangePasswordBody {
  currentPassword: string;
  password: string;
}

/** Schema of {@link ChangePasswordBody}. */
export const CHANGE_PASSWORD_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['currentPassword', 'password'],
  properties: { currentPassword: CURRENT_PASSWORD, password: NEW_PASSWORD },
};
