import { useState } from 'react';

/**
 * A provider's logo, loaded lazily (the directory lists hundreds); the provider's initials stand
 * in when there is none. `src` null means the host said there is no logo; without `src` the
 * logo is looked up by provider id.
 */
export function ProviderLogo({
  id,
  name,
  src,
  size = 'md',
}: {
  id?: string;
  name: string;
  src?: string | null;
  size?: 'sm' | 'md' | 'lg';
}) {
  const [failed, setFailed] = useState(false);
  const url = src === undefined && id ? `/api/providers/${encodeURIComponent(id)}/logo` : src;
  return (
    <span className={`logo logo--${size}`}>
      {failed || !url ? (
        <span className="logo__initials" aria-hidden="true">
          {initials(name)}
        </span>
      ) : (
        <img src={url} alt="" loading="lazy" decoding="async" onError={() => setFailed(true)} />
      )}
    </span>
  );
}

function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words
    .slice(0, 2)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');
}
