import type { JsonSchema } from '../http/validate.js';

/** How an organisation's hosted connect page looks; every part optional. */
export interface Brand {
  /** The name end users see; the organisation's name when absent. */
  name?: string;
  /** A `data:` image (PNG, SVG, JPEG, WebP): the page loads nothing from a third party. */
  logo?: string;
  /** `#rrggbb`: buttons, links and the current step. */
  primaryColor?: string;
  theme?: 'light' | 'dark';
}

/** The largest logo, as data URI text. */
export const BRAND_LOGO_MAX_LENGTH = 65_536;

/** Schema of {@link Brand}. */
export const BRAND: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[^\\u0000]+$' },
    logo: {
      type: 'string',
      maxLength: BRAND_LOGO_MAX_LENGTH,
      pattern: '^data:image/(png|svg\\+xml|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$',
      description:
        'The logo as a base64 `data:` URI (PNG, SVG, JPEG or WebP, up to 64 kB of text), so the connect page requests nothing from another origin',
    },
    primaryColor: {
      type: 'string',
      pattern: '^#[0-9a-fA-F]{6}$',
      description: 'The primary colour, `#rrggbb`',
      examples: ['#0f766e'],
    },
    theme: { enum: ['light', 'dark'] },
  },
};
