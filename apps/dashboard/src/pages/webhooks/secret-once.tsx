import { Trans, useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { CopyButton } from '../../components/copy-button';

/** A signing secret shown once, with focus on it so it is read out, and a way to dismiss it. */
export function SecretOnce({ title, secret, onDone }: { title: string; secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card new-key" aria-labelledby="secret-title">
      <h2 id="secret-title" className="section__title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <p>
        <Trans i18nKey="secretOnce.text" components={{ code: <code /> }} />
      </p>
      <div className="new-key__value">
        <code>{secret}</code>
        <CopyButton value={secret} label={t('secretOnce.copy')} />
      </div>
      <button type="button" className="link-button" onClick={onDone}>
        {t('secretOnce.done')}
      </button>
    </section>
  );
}
