import { useMemo, useState } from 'preact/hooks';
import { Autocomplete } from '@/components/Autocomplete';
import { useTranslate } from '@/components/translate-context';
import type { CommuneIndex } from '@/utils/geo/communes';
import { type PlaceChoice, searchPlaces } from '@/utils/profile/manual-place-search';
import { MAX_RADIUS_KM } from '@/utils/profile/manual-schema';

export interface PlaceFieldProps {
  id: string;
  label: string;
  communes: CommuneIndex;
  places: readonly PlaceChoice[];
  /** How many places may be chosen (the adjustments take one). */
  max: number;
  onChange: (places: PlaceChoice[]) => void;
}

const DEFAULT_RADIUS_KM = 10;

/** Accepted places: a commune (name or postal code) with a radius, a département or a région. */
export function PlaceField({ id, label, communes, places, max, onChange }: PlaceFieldProps) {
  const t = useTranslate();
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchPlaces(communes, query, 10), [communes, query]);
  const kindLabel = (place: PlaceChoice) =>
    place.kind === 'commune'
      ? t('options_placeCommune')
      : place.kind === 'departement'
        ? t('options_placeDepartement')
        : t('options_placeRegion');
  return (
    <fieldset class="field places-field" data-testid={`${id}-field`}>
      <legend>{label}</legend>
      {places.length > 0 && (
        <ul class="place-list">
          {places.map((place, index) => (
            <li key={`${place.kind}-${place.code}`} class="place-item">
              <span>
                {place.label}
                {place.postalCode ? ` (${place.postalCode})` : ''} — {kindLabel(place)}
              </span>
              {place.kind === 'commune' && (
                <label class="radius">
                  {t('options_radius')}
                  <input
                    type="number"
                    min={0}
                    max={MAX_RADIUS_KM}
                    step={5}
                    value={place.radiusKm ?? 0}
                    onInput={(event) => {
                      const radius = Math.max(
                        0,
                        Math.min(MAX_RADIUS_KM, Math.round(Number(event.currentTarget.value) || 0)),
                      );
                      onChange(places.map((p, i) => (i === index ? { ...p, radiusKm: radius } : p)));
                    }}
                  />
                </label>
              )}
              <button
                type="button"
                class="button button-secondary button-small"
                aria-label={t('options_removeWord', place.label)}
                onClick={() => onChange(places.filter((_, i) => i !== index))}
              >
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {places.length < max && (
        <Autocomplete
          id={id}
          label={t('options_placeSearch')}
          hint={t('options_placeHint')}
          value={query}
          noResults={t('options_noSuggestion')}
          options={found.map((p) => ({
            key: `${p.kind}-${p.code}-${p.postalCode ?? ''}`,
            label: p.label,
            detail: `${p.postalCode ?? ''} ${kindLabel(p)}`.trim(),
          }))}
          onInput={setQuery}
          onSelect={(option) => {
            const place = found.find((p) => `${p.kind}-${p.code}-${p.postalCode ?? ''}` === option.key);
            if (!place || places.some((p) => p.kind === place.kind && p.code === place.code)) return;
            setQuery('');
            onChange([
              ...places,
              place.kind === 'commune' ? { ...place, radiusKm: DEFAULT_RADIUS_KM } : place,
            ]);
          }}
        />
      )}
    </fieldset>
  );
}
