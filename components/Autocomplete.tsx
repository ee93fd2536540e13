/**
 * A combobox with a list of suggestions (WAI-ARIA 1.2 combobox pattern):
 * typing filters, arrow keys move through the suggestions, Enter picks one,
 * Escape closes the list. The caller computes the suggestions, so the same
 * component serves job titles and places.
 */
import { useState } from 'preact/hooks';

export interface AutocompleteOption {
  key: string;
  label: string;
  /** Shown after the label, smaller (a code, a postal code). */
  detail?: string;
}

export interface AutocompleteProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  options: readonly AutocompleteOption[];
  /** Read out when the text gives no suggestion. */
  noResults: string;
  onInput: (value: string) => void;
  onSelect: (option: AutocompleteOption) => void;
}

export function Autocomplete({
  id,
  label,
  hint,
  value,
  options,
  noResults,
  onInput,
  onSelect,
}: AutocompleteProps) {
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const listId = `${id}-list`;
  const shown = open && value.trim() !== '';
  const pick = (option: AutocompleteOption | undefined) => {
    if (!option) return;
    onSelect(option);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (options.length === 0 ? -1 : (index + step + options.length) % options.length));
    } else if (event.key === 'Enter' && shown && active >= 0) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };
  return (
    <div class="autocomplete">
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown && options.length > 0}
        aria-controls={listId}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-activedescendant={shown && active >= 0 ? `${id}-option-${active}` : undefined}
        value={value}
        onInput={(event) => {
          onInput(event.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={label}
        class="autocomplete-list"
        hidden={!shown || options.length === 0}
      >
        {options.map((option, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard stays on the combobox input (aria-activedescendant pattern)
          <div
            key={option.key}
            id={`${id}-option-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            class={index === active ? 'autocomplete-option active' : 'autocomplete-option'}
            // mousedown would blur the input and close the list before the click lands
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(option)}
          >
            {option.label}
            {option.detail && <span class="autocomplete-detail"> {option.detail}</span>}
          </div>
        ))}
      </div>
      <p class="visually-hidden" aria-live="polite">
        {shown && options.length === 0 ? noResults : ''}
      </p>
    </div>
  );
}
