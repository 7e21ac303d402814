/**
 * A website as typed, made a full address: a bare domain ("acmepay.example") gets `https://`.
 * Answers `undefined` when the text cannot be a web address (spaces, no dot, another scheme).
 */
export function normaliseWebsite(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed)
    ? trimmed
    : `https://${trimmed.replace(/^\/\//, '')}`;
  if (!/^https?:\/\/[^\s/.]+\.[^\s]+$/i.test(withScheme)) return undefined;
  return URL.canParse(withScheme) ? withScheme : undefined;
}
