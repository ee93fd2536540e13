import { useMemo, useState } from 'preact/hooks';
import { Autocomplete } from '@/components/Autocomplete';
import { useTranslate } from '@/components/translate-context';
import type { CodeLabel } from '@/utils/profile/model';
import type { RomeLexicon } from '@/utils/rome/lexicon';
import { searchAppellations } from '@/utils/rome/search';

/** Suggestions shown per key press (the search runs synchronously on each one; timed in `npm run bench`, scripts/bench/50-options-popup.ts). */
export const SUGGESTIONS = 10;

export interface AppellationFieldProps {
  id: string;
  lexicon: RomeLexicon;
  value: CodeLabel | null;
  onChange: (appellation: CodeLabel, rome: CodeLabel | undefined) => void;
}

/** The job title, chosen from the ROME appellations (accents, gender and word order do not matter). */
export function AppellationField({ id, lexicon, value, onChange }: AppellationFieldProps) {
  const t = useTranslate();
  const [query, setQuery] = useState(value?.label ?? '');
  const found = useMemo(() => searchAppellations(lexicon, query, SUGGESTIONS), [lexicon, query]);
  return (
    <div class="field" data-testid={`${id}-field`}>
      <Autocomplete
        id={id}
        label={t('options_jobTitle')}
        hint={t('options_jobTitleHint')}
        value={query}
        noResults={t('options_noSuggestion')}
        options={found.map((a) => ({ key: a.code, label: a.label, detail: a.fiche }))}
        onInput={setQuery}
        onSelect={(option) => {
          const appellation = found.find((a) => a.code === option.key);
          if (!appellation) return;
          setQuery(appellation.label);
          const fiche = lexicon.fiche(appellation.fiche);
          onChange(
            { code: appellation.code, label: appellation.label },
            fiche ? { code: fiche.code, label: fiche.label } : undefined,
          );
        }}
      />
      {value && (
        <p class="field-chosen" data-testid={`${id}-chosen`}>
          {t('options_chosen', value.label)}
        </p>
      )}
    </div>
  );
}
