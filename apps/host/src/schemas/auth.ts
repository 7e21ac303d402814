import { BRAND } from './brand.js';
import { PERMISSIONS, ROLES } from '../access/roles.js';
import type { JsonSchema } from '../http/validate.js';
import { CURRENCY_CODE, TIMESTAMP } from './common.js';
import { CHECK_INTERVAL } from './organisations.js';

/** An e-mail address as accepted at sign-up and login. */
export const EMAIL: JsonSchema = { type: 'string', format: 'email', maxLength: 254 };

/** A new password. */
export const NEW_PASSWORD: JsonSchema = { type: 'string', minLength: 10, maxLength: 200, writeOnly: true };

/** A password as typed to prove who one is. */
export const CURRENT_PASSWORD: JsonSchema = { type: 'string', minLength: 1, maxLength: 200, writeOnly: true };

/** Body of `POST /api/auth/signup`. */
export interface SignupBody {
  email: string;
  password: string;
  organisationName?: string;
}

/** Schema of {@link SignupBody}. */
export const SIGNUP_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['email', 'password'],
  properties: {
    email: EMAIL,
    password: NEW_PASSWORD,
    organisationName: { type: 'string', minLength: 1, maxLength: 100 },
  },
};

/** Body of `POST /api/auth/login`. */
export interface LoginBody {
  email: string;
  password: string;
}

/** Schema of {@link LoginBody}. */
export const LOGIN_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['email', 'password'],
  properties: { email: EMAIL, password: CURRENT_PASSWORD },
};

/** Body of `PATCH /api/me`. */
export interface MePatchBody {
  currentOrgId: string;
}

/** Schema of {@link MePatchBody}. */
export const ME_PATCH_BODY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['currentOrgId'],
  properties: { currentOrgId: { type: 'string', minLength: 1, maxLength: 100 } },
};

/** A user as answered. */
export const USER: JsonSchema = {
  type: 'object',
  required: ['id', 'email', 'emailVerified', 'twoFactorEnabled', 'createdAt'],
  properties: {
    id: { type: 'string' },
    email: { type: 'string' },
    emailVerified: { type: 'boolean', description: 'The user followed the link sent to this address' },
    twoFactorEnabled: {
      type: 'boolean',
      description: 'Signing in asks for a code from an authenticator app too',
    },
    createdAt: TIMESTAMP,
  },
};

/** `POST /api/auth/login`: signed in, or a second factor is asked for (no session yet). */
export const LOGIN_ANSWER: JsonSchema = {
  oneOf: [
    { type: 'object', required: ['user'], properties: { user: USER } },
    {
      type: 'object',
      required: ['twoFactorRequired', 'challenge'],
      properties: {
        twoFactorRequired: { const: true },
        challenge: { type: 'string', description: 'Valid five minutes' },
      },
    },
  ],
};

/** An organisation as answered. */
export const ORGANISATION: JsonSchema = {
  type: 'object',
  required: ['id', 'name', 'defaultCurrency', 'enabledCurrencies', 'checkInterval', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    defaultCurrency: CURRENCY_CODE,
    enabledCurrencies: { type: 'array', items: CURRENCY_CODE },
    checkInterval: { anyOf: [CHECK_INTERVAL, { type: 'null' }] },
    brand: { anyOf: [BRAND, { type: 'null' }], description: "The hosted connect page's look" },
    role: { enum: [...ROLES], description: "The signed-in user's role in it (the permission matrix)" },
    permissions: {
      type: 'array',
      items: { enum: [...PERMISSIONS] },
      description: 'What that role allows in this organisation',
    },
    createdAt: TIMESTAMP,
    updatedAt: TIMESTAMP,
  },
};

/** `GET /api/me`. */
export const ME: JsonSchema = {
  type: 'object',
  required: ['user', 'organisations', 'currentOrgId', 'isAdmin'],
  properties: {
    user: USER,
    organisations: { type: 'array', items: ORGANISATION },
    currentOrgId: { type: ['string', 'null'] },
    isAdmin: { type: 'boolean' },
  },
};

/** `POST /api/auth/signup`. */
export const SIGNUP_RESULT: JsonSchema = {
  type: 'object',
  required: ['user', 'organisation'],
  properties: { user: USER, organisation: ORGANISATION },
};
