import { useState } from 'preact/hooks';
import { useTranslate } from '@/components/translate-context';
import { WordListField } from '@/components/WordListField';
import type { Adjustments } from '@/utils/adjustments';
import { parseTypedNumber, SALARY_UNIT_LABELS } from '@/utils/profile/manual-draft';
import type { MANUAL_SALARY_UNITS } from '@/utils/profile/manual-schema';
import { PlaceField } from './PlaceField';
import type { ReferenceData } from './reference-data';

export interface AdjustmentsFormProps {
  adjustments: Adjustments;
  data: ReferenceData;
  onChange: (adjustments: Adjustments) => void;
}

/** Signed in: the person's additions on top of the France Travail profile, which stays as it came. */
export function AdjustmentsForm({ adjustments, data, onChange }: AdjustmentsFormProps) {
  const t = useTranslate();
  const [amount, setAmount] = useState(adjustments.minSalary ? String(adjustments.minSalary.amount) : '');
  const [unit, setUnit] = useState<(typeof MANUAL_SALARY_UNITS)[number]>(adjustments.minSalary?.unit ?? 'M');
  const saveSalary = (event: Event) => {
    event.preventDefault();
    const value = parseTypedNumber(amount);
    const { minSalary: _, ...rest } = adjustments;
    onChange(
      value !== null && value > 0
        ? { ...rest, minSalary: { amount: value, unit, unitLabel: SALARY_UNIT_LABELS[unit] } }
        : rest,
    );
  };
  return (
    <div class="adjustments" data-testid="adjustments">
      <WordListField
        id="extra-keywords"
        label={t('options_extraKeywords')}
        hint={t('options_extraKeywordsHint')}
        words={adjustments.keywords}
        onChange={(keywords) => onChange({ ...adjustments, keywords })}
      />
      <PlaceField
        id="extra-place"
        label={t('options_extraPlace')}
        communes={data.communes}
        places={adjustments.extraPlace ? [adjustments.extraPlace] : []}
        max={1}
        onChange={([place]) => {
          const { extraPlace: _, ...rest } = adjustments;
          onChange(place ? { ...rest, extraPlace: place } : rest);
        }}
      />
      <form class="field inline-row" onSubmit={saveSalary}>
        <div>
          <label for="salary-floor">{t('options_salaryFloor')}</label>
          <input
            id="salary-floor"
            type="text"
            inputMode="decimal"
            value={amount}
            onInput={(event) => setAmount(event.currentTarget.value)}
          />
        </div>
        <div>
          <label for="salary-floor-unit">{t('options_salaryUnit')}</label>
          <select
            id="salary-floor-unit"
            value={unit}
            onChange={(event) => setUnit(event.currentTarget.value as (typeof MANUAL_SALARY_UNITS)[number])}
          >
            <option value="H">{t('salary_hourly')}</option>
            <option value="M">{t('salary_monthly')}</option>
            <option value="A">{t('salary_yearly')}</option>
          </select>
        </div>
        <button type="submit" class="button button-secondary" data-testid="save-salary-floor">
          {t('options_save')}
        </button>
      </form>
    </div>
  );
}
