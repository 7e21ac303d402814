import i18next from 'i18next';
import type { RequestStatus } from '../../api/types';

/** A request's status in the chosen language, the same word for the merchant and the platform admin. */
export function requestStatusLabel(status: RequestStatus): string {
  switch (status) {
    case 'open':
      return i18next.t('requests.status.open');
    case 'planned':
      return i18next.t('requests.status.planned');
    case 'available':
      return i18next.t('requests.status.available');
    case 'declined':
      return i18next.t('requests.status.declined');
  }
}
