import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Notify = (message: string) => void;
const ToastContext = createContext<Notify>(() => {});

/**
 * Confirms finished actions ("Connection saved") in a polite live region that stays in the
 * page, so screen readers announce it even when it appears as the page changes.
 */
export function Toaster({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ text: string; key: number } | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const notify = useCallback<Notify>((text) => {
    setMessage({ text, key: Date.now() });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(undefined), 6000);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <ToastContext.Provider value={notify}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {message && (
          <div className="toast" key={message.key}>
            <span className="toast__icon" aria-hidden="true">
              ✓
            </span>
            <span>{message.text}</span>
            <button
              type="button"
              className="toast__close"
              aria-label={t('common.dismiss')}
              onClick={() => setMessage(undefined)}
            >
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}

/** Shows a short confirmation that is also read out. */
export function useToast(): Notify {
  return useContext(ToastContext);
}
