import type { Messages } from '../../i18n';

export default {} satisfies Messages;
