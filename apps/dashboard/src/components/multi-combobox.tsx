import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FilterOption, isSelected, matchOptions, toggleOption } from '../lib/filter-options';
import { compareNames } from '../lib/format';

/** How many of the most offered choices are listed first, before the rest from A to Z. */
const POPULAR = 8;

/**
 * A searchable multi-select (WAI-ARIA combobox with a multi-selectable listbox): type to narrow
 * the list, arrows to move, Enter or a click to switch a choice, Escape to close, Backspace in the
 * empty box to remove the last choice. Chosen values show as removable chips under the box.
 */
export function MultiCombobox({
  label,
  options,
  selected,
  onChange,
}: {
  label: string;
  /** The most offered first. */
  options: readonly FilterOption[];
  /** The chosen codes. */
  selected: readonly string[];
  onChange: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const labelId = `${id}-label`;

  const sections = useMemo(() => {
    if (text.trim() !== '') return [{ title: undefined, items: matchOptions(options, text) }];
    const popular = options.slice(0, POPULAR);
    const rest = options.slice(POPULAR).sort((a, b) => compareNames(a.label, b.label));
    return rest.length === 0
      ? [{ title: undefined, items: popular }]
      : [
          { title: t('combobox.mostOffered'), items: popular },
          { title: t('combobox.allAtoZ'), items: rest },
        ];
  }, [options, text, t]);
  const flat = sections.flatMap((section) => section.items);
  const current = Math.min(active, flat.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;

  // In the order they were chosen; a code from a shared link shows even before the vocabulary has loaded.
  const chosen: FilterOption[] = [];
  for (const code of selected) {
    const option = options.find((candidate) => candidate.codes.includes(code)) ?? {
      value: code,
      label: code,
      codes: [code],
      providers: 0,
    };
    if (!chosen.some((other) => other.value === option.value)) chosen.push(option);
  }

  const toggle = (option: FilterOption) => onChange(toggleOption(option, selected));
  // Choosing from a narrowed list clears the text, ready for the next value.
  const choose = (option: FilterOption) => {
    toggle(option);
    if (text !== '') {
      setText('');
      setActive(0);
    }
  };
  const move = (to: number) => {
    setOpen(true);
    const next = Math.max(0, Math.min(flat.length - 1, to));
    setActive(next);
    document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(open ? current + 1 : 0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(current - 1);
    } else if (event.key === 'Enter' && open && flat[current]) {
      event.preventDefault();
      choose(flat[current]!);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else if (text !== '') setText('');
    } else if (event.key === 'Backspace' && text === '' && chosen.length > 0) {
      toggle(chosen[chosen.length - 1]!);
    }
  };

  let index = -1;
  return (
    <div className="combo">
      <label id={labelId} htmlFor={`${id}-input`} className="field__label">
        {label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        className="input combo__input"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && current >= 0 ? optionId(current) : undefined}
        autoComplete="off"
        placeholder={chosen.length === 0 ? t('filters.any') : t('combobox.chosen', { count: chosen.length })}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby={labelId}
        className="combo__list"
        hidden={!open}
      >
        {/* Options are rendered only while the list is open: four closed lists would be hundreds of nodes. */}
        {open && flat.length === 0 && <div className="combo__empty">{t('combobox.noMatch', { text })}</div>}
        {open &&
          sections.map((section) => (
            // biome-ignore lint/a11y/useSemanticElements: a listbox owns options or groups of options, not fieldsets
            <div key={section.title ?? 'matches'} role="group" aria-label={section.title}>
              {section.title && (
                <div className="combo__group" aria-hidden="true">
                  {section.title}
                </div>
              )}
              {section.items.map((option) => {
                index += 1;
                const at = index;
                const on = isSelected(option, selected);
                return (
                  // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox, which points at the active option (aria-activedescendant)
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's own keys (arrows, Enter) choose options
                  <div
                    key={option.value}
                    id={optionId(at)}
                    role="option"
                    aria-selected={on}
                    className={`combo__option ${at === current ? 'is-active' : ''}`}
                    // Keep the focus in the box so the list stays open while choosing several.
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => at !== current && setActive(at)}
                    onClick={() => choose(option)}
                  >
                    <span className="combo__check" aria-hidden="true">
                      {on ? '✓' : ''}
                    </span>
                    <span className="combo__label">{option.label}</span>
                    {option.hint && <span className="combo__hint">{option.hint}</span>}
                  </div>
                );
              })}
            </div>
          ))}
      </div>
      {chosen.length > 0 && (
        <ul className="combo__chips" aria-label={t('combobox.chosenList', { label })}>
          {chosen.map((option) => (
            <li key={option.value}>
              <button
                type="button"
                className="combo__chip"
                aria-label={t('combobox.remove', { option: option.label })}
                onClick={() => {
                  toggle(option);
                  input.current?.focus();
                }}
              >
                {option.short ?? option.label}
                <span aria-hidden="true"> ×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
