import { useTranslation } from 'react-i18next';
import type { Service } from '../../api/types';
import { formatAmount, humanize } from '../../lib/format';

/** Payment or payout services: each method in each currency, with its limits. */
export function ServicesTable({ caption, services }: { caption: string; services: Service[] }) {
  const { t } = useTranslation();
  if (services.length === 0) return null;
  const hasFlow = services.some((service) => service.flow);
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('provider.table.method')}</th>
            <th scope="col">{t('provider.table.currency')}</th>
            {hasFlow && <th scope="col">{t('provider.table.flow')}</th>}
            <th scope="col" className="numeric">
              {t('provider.table.minimum')}
            </th>
            <th scope="col" className="numeric">
              {t('provider.table.maximum')}
            </th>
          </tr>
        </thead>
        <tbody>
          {services.map((service) => (
            <tr key={`${service.method}:${service.currency}:${service.flow ?? ''}`}>
              <th scope="row">{service.methodName ?? humanize(service.method)}</th>
              <td>
                <span className="code">{service.currency}</span>
              </td>
              {hasFlow && <td>{service.flow ? humanize(service.flow) : '—'}</td>}
              <td className="numeric">{formatAmount(service.minAmount, service.currency)}</td>
              <td className="numeric">{formatAmount(service.maxAmount, service.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
