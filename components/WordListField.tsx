/**
 * A list of words the person adds one at a time (keywords, companies), each
 * removable by its own labelled button.
 */
import { useState } from 'preact/hooks';
import { useTranslate } from './translate-context';

export interface WordListFieldProps {
  id: string;
  label: string;
  hint?: string;
  words: readonly string[];
  onChange: (words: string[]) => void;
}

export function WordListField({ id, label, hint, words, onChange }: WordListFieldProps) {
  const t = useTranslate();
  const [draft, setDraft] = useState('');
  const add = () => {
    const word = draft.trim();
    if (word === '') return;
    if (!words.some((w) => w.toLowerCase() === word.toLowerCase())) onChange([...words, word]);
    setDraft('');
  };
  return (
    <div class="word-list-field" data-testid={id}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div class="inline-row">
        <input
          id={id}
          type="text"
          value={draft}
          maxLength={100}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" class="button button-secondary" onClick={add} data-testid={`${id}-add`}>
          {t('options_add')}
        </button>
      </div>
      {words.length > 0 && (
        <ul class="chips">
          {words.map((word) => (
            <li key={word} class="chip">
              <span>{word}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label={t('options_removeWord', word)}
                onClick={() => onChange(words.filter((w) => w !== word))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
