import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies `value` to the clipboard and says so, visibly and to screen readers. */
export function CopyButton({ value, label }: { value: string; label?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2500);
  };
  return (
    <button type="button" className="button button--secondary button--small" onClick={copy}>
      <span aria-live="polite">
        {state === 'copied'
          ? t('copy.copied')
          : state === 'failed'
            ? t('copy.failed')
            : (label ?? t('copy.copy'))}
      </span>
    </button>
  );
}
