import type { FieldError } from '../http/errors.js';

const NUL = String.fromCharCode(0);

/** Longest path id (organisation, connection, key… ids) a route accepts. */
const MAX_PATH_ID_LENGTH = 128;

/**
 * Why the database cannot store `text` as given, or undefined when it can. PostgreSQL refuses the
 * NUL character in text; a lone UTF-16 surrogate has no UTF-8 form, so either engine would store
 * a replacement character instead of what was sent.
 */
export function unstorableReason(text: string): string | undefined {
  if (text.includes(NUL)) return 'must not contain the NUL character (\\u0000)';
  if (!text.isWellFormed()) return 'must not contain a lone UTF-16 surrogate (invalid Unicode)';
  return undefined;
}

/** Escapes a property name for a JSON pointer (RFC 6901). */
function pointerPart(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Every string in `value` (object keys included) the database cannot store, each as a field
 * error with its JSON pointer under `at`.
 */
export function unstorableFields(value: unknown, at: string, out: FieldError[] = []): FieldError[] {
  if (typeof value === 'string') {
    const reason = unstorableReason(value);
    if (reason) out.push({ path: at, message: reason });
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) unstorableFields(item, `${at}/${index}`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) {
      // A name that is not storable is shown with its NUL escaped, so the pointer itself is readable.
      const shown = unstorableReason(name) ? name.toWellFormed().replaceAll(NUL, '\\u0000') : name;
      const path = `${at}/${pointerPart(shown)}`;
      const reason = unstorableReason(name);
      if (reason) out.push({ path, message: `the property name ${reason}` });
      unstorableFields(item, path, out);
    }
  }
  return out;
}

/** Field errors for path ids: storable and at most {@link MAX_PATH_ID_LENGTH} characters. */
export function pathIdFields(params: Record<string, string>): FieldError[] {
  const out: FieldError[] = [];
  for (const [name, value] of Object.entries(params)) {
    const reason =
      unstorableReason(value) ??
      (value.length > MAX_PATH_ID_LENGTH
        ? `must be at most ${MAX_PATH_ID_LENGTH} characters long`
        : undefined);
    if (reason) out.push({ path: `/path/${name}`, message: reason });
  }
  return out;
}

/**
 * Text from outside the host that is stored without being validated — a provider's error
 * message, an account name, a user agent — made storable: NUL and other control characters
 * (except tab and newline) removed, lone surrogates replaced, cut to `maxLength` characters.
 */
export function storableText(text: string, maxLength = 1000): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const clean = text.toWellFormed().replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength - 1);
  // Do not end on half of a surrogate pair.
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * {@link storableText} applied to every string of a value from outside (object keys too): what a
 * connector hook returns about an account or a provider's answer. 500 characters by default: an
 * account id is indexed, and 500 UTF-16 units are at most 1,500 UTF-8 bytes, well under what a
 * PostgreSQL index entry holds.
 */
export function storableValue<T>(value: T, maxLength = 500): T {
  if (typeof value === 'string') return storableText(value, maxLength) as T;
  if (Array.isArray(value)) return value.map((item) => storableValue(item, maxLength)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [storableText(name, 200), storableValue(item, maxLength)]),
    ) as T;
  return value;
}
