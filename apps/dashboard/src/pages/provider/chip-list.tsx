import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';

const COLLAPSED = 18;

/** A list of short names; long lists show the first few and a button for the rest. */
export function ChipList({ label, items }: { label: string; items: string[] }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  if (items.length === 0) return <p className="muted">{t('provider.noneListed')}</p>;
  const shown = expanded ? items : items.slice(0, COLLAPSED);
  return (
    <>
      <ul className="chips" aria-label={label}>
        {shown.map((item) => (
          <li key={item} className="chip">
            {item}
          </li>
        ))}
      </ul>
      {items.length > COLLAPSED && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded
            ? t('provider.showFewer')
            : t('provider.showAll', { count: items.length, n: formatNumber(items.length) })}
        </button>
      )}
    </>
  );
}
