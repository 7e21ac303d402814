import i18next from 'i18next';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../components/icons';
import { LanguageSwitch } from './language-switch';
import {
  currentThemeChoice,
  setThemeChoice,
  subscribeThemeChoice,
  THEME_CHOICES,
  type ThemeChoice,
} from '../lib/theme';

const OPTIONS: Record<ThemeChoice, { label: () => string; icon: IconName }> = {
  system: { label: () => i18next.t('theme.system'), icon: 'monitor' },
  light: { label: () => i18next.t('theme.light'), icon: 'sun' },
  dark: { label: () => i18next.t('theme.dark'), icon: 'moon' },
};

function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribeThemeChoice, () => currentThemeChoice());
}

/**
 * System / Light / Dark as a radio group: arrow keys move between the choices, and each choice is
 * applied as soon as it is picked.
 */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const choice = useThemeChoice();
  const name = useId();
  return (
    <fieldset className="theme-switch">
      <legend className="theme-switch__legend">{t('theme.legend')}</legend>
      <div className="theme-switch__options">
        {THEME_CHOICES.map((value) => (
          <label key={value} className="theme-switch__option">
            <input
              type="radio"
              className="theme-switch__input"
              name={name}
              value={value}
              checked={choice === value}
              onChange={() => setThemeChoice(value)}
            />
            <Icon name={OPTIONS[value].icon} size={14} />
            {OPTIONS[value].label()}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The theme switch behind one button, for the top bar, where a phone has no room for three
 * choices beside "Log in" and "Sign up". Escape, a click elsewhere or leaving it with Tab closes it.
 */
export function ThemeMenu() {
  const { t } = useTranslation();
  const choice = useThemeChoice();
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) => !menuRef.current?.contains(target as Node | null);
    const onPointerDown = (event: PointerEvent) => {
      if (outside(event.target)) setOpen(false);
    };
    const onFocusIn = (event: FocusEvent) => {
      if (outside(event.target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div className="theme-menu" ref={menuRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--ghost theme-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        title={t('theme.legend')}
        onClick={() => setOpen((isOpen) => !isOpen)}
      >
        <Icon name={OPTIONS[choice].icon} />
        <span className="visually-hidden">{t('theme.current', { theme: OPTIONS[choice].label() })}</span>
      </button>
      <div id={panelId} className="theme-menu__panel" hidden={!open}>
        <ThemeSwitch />
        {/* On a phone the top bar has no room for the language switch: it moves in here. */}
        <div className="theme-menu__language">
          <LanguageSwitch />
        </div>
      </div>
    </div>
  );
}
