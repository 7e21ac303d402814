import { useTranslation } from 'react-i18next';
import { useId, useState } from 'react';
import { ApiError, asApiError } from '../../api/client';
import { getConnectionServices, switchConnectionServices } from '../../api/services';
import type { ConnectionService, ConnectionServices } from '../../api/types';
import { ErrorAlert, Loading, Notice } from '../../components/alerts';
import { formatDateTime, formatRelative, humanize } from '../../lib/format';
import {
  changedToggles,
  directionLabel,
  groupServices,
  type MethodGroup,
  serviceKey,
  serviceName,
  toggleErrors,
} from '../../lib/services';
import { useResource } from '../../lib/use-resource';

/**
 * A connection's services, a switch each: the merchant turns them on or off and saves once.
 * Services the account lacks are disabled with the reason; refused switches show their error
 * beside them. `version` changes when the account was read again (re-verify).
 */
export function ServicesTab({
  orgId,
  connectionId,
  providerName,
  version,
  onSaved,
}: {
  orgId: string;
  connectionId: string;
  providerName: string;
  version: number;
  onSaved: (services: ConnectionServices) => void;
}) {
  const { t } = useTranslation();
  const services = useResource(
    (signal) => getConnectionServices(orgId, connectionId, signal),
    [orgId, connectionId, version],
  );
  const [wanted, setWanted] = useState<Map<string, boolean>>(new Map());
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<ApiError | undefined>();
  const [fieldErrors, setFieldErrors] = useState<Map<string, string>>(new Map());
  const titleId = useId();

  if (services.loading && !services.data) return <Loading label={t('servicesTab.loading')} />;
  if (!services.data) return <ErrorAlert error={services.error ?? t('servicesTab.loadFailed')} />;
  const data = services.data;
  const changes = changedToggles(data.items, wanted);
  const isOn = (item: ConnectionService) => wanted.get(serviceKey(item)) ?? item.enabled;
  const toggle = (item: ConnectionService, on: boolean) => {
    setWanted((current) => new Map(current).set(serviceKey(item), on));
    setFieldErrors((current) => {
      const next = new Map(current);
      next.delete(serviceKey(item));
      return next;
    });
  };
  const discard = () => {
    setWanted(new Map());
    setFieldErrors(new Map());
    setProblem(undefined);
  };
  const save = async () => {
    setSaving(true);
    setProblem(undefined);
    setFieldErrors(new Map());
    try {
      const saved = await switchConnectionServices(orgId, connectionId, changes);
      services.set(saved);
      setWanted(new Map());
      onSaved(saved);
    } catch (error) {
      const apiError = asApiError(error);
      const errors = toggleErrors(changes, apiError.fields);
      setFieldErrors(errors);
      const named = changes
        .filter((change) => errors.has(serviceKey(change)))
        .map((change) => ({
          path: '',
          message: `${serviceName(data.items.find((i) => serviceKey(i) === serviceKey(change)) ?? change)} ${errors.get(serviceKey(change))}`,
        }));
      setProblem(
        new ApiError(apiError.status, apiError.code, apiError.message, {
          ...apiError.details,
          fields: named,
        }),
      );
    } finally {
      setSaving(false);
    }
  };
  const groups = groupServices(data.items);
  const enabled = data.items.filter(isOn).length;

  return (
    <section className="card section services" aria-labelledby={titleId}>
      <div className="section__head">
        <h2 id={titleId} className="section__title">
          {t('connection.services')}
        </h2>
        <span className="muted">{t('servicesTab.enabled', { enabled, total: data.items.length })}</span>
      </div>
      {data.source === 'account' ? (
        <p className="services__source">
          {t('servicesTab.readFrom', { provider: providerName })}{' '}
          <time dateTime={data.discoveredAt} title={formatDateTime(data.discoveredAt)}>
            {formatRelative(data.discoveredAt).toLowerCase()}
          </time>
          . {t('servicesTab.reverifyToRead')}
        </p>
      ) : (
        <Notice tone="info">
          <p>{t('servicesTab.fromManifest', { provider: providerName })}</p>
          {data.note && (
            <p className="services__why" lang="en">
              {data.note}
            </p>
          )}
        </Notice>
      )}
      {data.source === 'account' && data.note && (
        <Notice tone="warning">
          <p lang="en">{data.note}</p>
        </Notice>
      )}
      {groups.length === 0 && <p className="muted">{t('servicesTab.none')}</p>}
      {groups.map((group) => (
        <fieldset key={group.direction} className="services__group" disabled={saving}>
          <legend className="services__legend">{directionLabel(group.direction)}</legend>
          <ul className="service-switches">
            {group.methods.map((method) => (
              <MethodSwitches
                key={method.key}
                method={method}
                isOn={isOn}
                errors={fieldErrors}
                onToggle={toggle}
              />
            ))}
          </ul>
        </fieldset>
      ))}
      <ErrorAlert error={problem} />
      {data.items.length > 0 && (
        <div className="services__actions">
          <span className="muted" aria-live="polite">
            {changes.length === 0
              ? t('servicesTab.noChanges')
              : t('servicesTab.unsaved', { count: changes.length })}
          </span>
          <button
            type="button"
            className="button button--ghost"
            disabled={changes.length === 0 || saving}
            onClick={discard}
          >
            {t('servicesTab.discard')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={changes.length === 0 || saving}
            onClick={() => void save()}
          >
            {saving ? t('connect.saving') : t('servicesTab.save')}
          </button>
        </div>
      )}
    </section>
  );
}

function MethodSwitches({
  method,
  isOn,
  errors,
  onToggle,
}: {
  method: MethodGroup;
  isOn: (item: ConnectionService) => boolean;
  errors: ReadonlyMap<string, string>;
  onToggle: (item: ConnectionService, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const notes = method.items.flatMap((item, index) => {
    const error = errors.get(serviceKey(item));
    if (error) return [{ id: `${id}-${index}`, item, text: error, error: true }];
    if (!item.available)
      return [
        { id: `${id}-${index}`, item, text: item.reason ?? t('servicesPreview.notAvailable'), error: false },
      ];
    return [];
  });
  return (
    <li className="service-switches__method">
      <p className="service-switches__name">
        {method.methodName}
        {method.flow && <span className="muted"> · {humanize(method.flow)}</span>}
      </p>
      <ul className="service-switches__list">
        {method.items.map((item, index) => {
          const note = notes.find((n) => n.item === item);
          return (
            <li key={serviceKey(item)}>
              <label
                className={`switch ${item.available ? '' : 'switch--unavailable'} ${isOn(item) !== item.enabled ? 'switch--changed' : ''}`}
              >
                <input
                  type="checkbox"
                  role="switch"
                  className="switch__input"
                  checked={isOn(item)}
                  aria-checked={isOn(item)}
                  disabled={!item.available}
                  aria-invalid={note?.error ? true : undefined}
                  aria-describedby={note ? `${id}-${index}` : undefined}
                  onChange={(event) => onToggle(item, event.target.checked)}
                />
                <span className="switch__text">
                  <span className="visually-hidden">
                    {method.methodName}
                    {method.flow ? ` (${humanize(method.flow)})` : ''} {t('servicesTab.in')}{' '}
                  </span>
                  {item.currency}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {notes.length > 0 && (
        <ul className="service-switches__notes">
          {notes.map((note) => (
            <li key={note.id} id={note.id} className={note.error ? 'field__error' : 'muted'}>
              <span className="code">{note.item.currency}</span>
              {note.error ? ': ' : ` ${t('servicesTab.notAvailableColon')} `}
              {note.text}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
