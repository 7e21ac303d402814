import { useTranslation } from 'react-i18next';
import type { Connection, CredentialSchema } from '../../api/types';
import { humanize, maskedHint } from '../../lib/format';

/** The stored credentials: plain fields as entered, secrets only as a masked hint. */
export function StoredCredentials({
  connection,
  schema,
}: {
  connection: Connection;
  schema: CredentialSchema | undefined;
}) {
  const { t } = useTranslation();
  const names = [
    ...Object.keys(schema?.properties ?? {}),
    ...Object.keys(connection.credentials),
    ...Object.keys(connection.secretHints),
  ].filter((name, index, all) => all.indexOf(name) === index);
  const rows = names
    .map((name) => {
      const secret = connection.secretHints[name];
      const plain = connection.credentials[name];
      if (secret === undefined && (plain === undefined || plain === null || plain === '')) return undefined;
      return { name, title: schema?.properties[name]?.title ?? humanize(name), secret, plain };
    })
    .filter((row) => row !== undefined);
  if (rows.length === 0) return <p className="muted">{t('credentialsCard.none')}</p>;
  return (
    <dl className="details">
      {rows.map((row) => (
        <div key={row.name} className="details__row">
          <dt>
            {row.title}
            {row.secret !== undefined && <span className="field__tag">{t('credentials.secretTag')}</span>}
          </dt>
          <dd className="code">{row.secret !== undefined ? maskedHint(row.secret) : String(row.plain)}</dd>
        </div>
      ))}
    </dl>
  );
}
