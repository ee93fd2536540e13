import { useTranslate } from '@/components/translate-context';
import type { MessageKey } from '@/utils/i18n';
import type { MetierDraft } from '@/utils/profile/manual-draft';
import { MANUAL_CONTRACTS, MANUAL_SALARY_UNITS, MANUAL_WORK_TIMES } from '@/utils/profile/manual-schema';
import { AppellationField } from './AppellationField';
import { PlaceField } from './PlaceField';
import type { ReferenceData } from './reference-data';

const CONTRACT_KEYS: Record<(typeof MANUAL_CONTRACTS)[number], MessageKey> = {
  CDI: 'contract_CDI',
  CDD: 'contract_CDD',
  MIS: 'contract_MIS',
  SAI: 'contract_SAI',
  LIB: 'contract_LIB',
  FRA: 'contract_FRA',
};
const SALARY_UNIT_KEYS: Record<(typeof MANUAL_SALARY_UNITS)[number], MessageKey> = {
  H: 'salary_hourly',
  M: 'salary_monthly',
  A: 'salary_yearly',
};
const WORK_TIME_KEYS: Record<(typeof MANUAL_WORK_TIMES)[number], MessageKey> = {
  any: 'options_workTimeAny',
  full: 'worktime_full',
  part: 'worktime_part',
};

export interface MetierFormProps {
  /** 0 or 1: ids and headings stay unique with two métiers. */
  index: number;
  draft: MetierDraft;
  data: ReferenceData;
  onChange: (draft: MetierDraft) => void;
}

/** Every field of one métier typed by hand. */
export function MetierForm({ index, draft, data, onChange }: MetierFormProps) {
  const t = useTranslate();
  const id = (name: string) => `metier${index}-${name}`;
  const set = (change: Partial<MetierDraft>) => onChange({ ...draft, ...change });
  return (
    <fieldset class="metier-form" data-testid={`metier-form-${index}`}>
      <legend>{t('options_metierNumber', String(index + 1))}</legend>
      <AppellationField
        id={id('title')}
        lexicon={data.lexicon}
        value={draft.appellation}
        onChange={(appellation, rome) => set({ appellation, ...(rome ? { rome } : {}) })}
      />
      <PlaceField
        id={id('places')}
        label={t('field_places')}
        communes={data.communes}
        places={draft.places}
        max={10}
        onChange={(places) => set({ places })}
      />
      <fieldset class="field">
        <legend>{t('field_contracts')}</legend>
        <div class="choices">
          {MANUAL_CONTRACTS.map((code) => (
            <label key={code} class="choice">
              <input
                type="checkbox"
                checked={draft.contracts.includes(code)}
                onChange={(event) =>
                  set({
                    contracts: event.currentTarget.checked
                      ? [...draft.contracts, code]
                      : draft.contracts.filter((c) => c !== code),
                  })
                }
              />
              {t(CONTRACT_KEYS[code])}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field inline-row">
        <div>
          <label for={id('salary')}>{t('options_minSalary')}</label>
          <input
            id={id('salary')}
            type="text"
            inputMode="decimal"
            value={draft.salaryAmount}
            onInput={(event) => set({ salaryAmount: event.currentTarget.value })}
          />
        </div>
        <div>
          <label for={id('salary-unit')}>{t('options_salaryUnit')}</label>
          <select
            id={id('salary-unit')}
            value={draft.salaryUnit}
            onChange={(event) => set({ salaryUnit: event.currentTarget.value as MetierDraft['salaryUnit'] })}
          >
            {MANUAL_SALARY_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(SALARY_UNIT_KEYS[unit])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset class="field">
        <legend>{t('field_workTime')}</legend>
        <div class="choices">
          {MANUAL_WORK_TIMES.map((kind) => (
            <label key={kind} class="choice">
              <input
                type="radio"
                name={id('worktime')}
                value={kind}
                checked={draft.workTime === kind}
                onChange={() => set({ workTime: kind })}
              />
              {t(WORK_TIME_KEYS[kind])}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field inline-row">
        <div>
          <label for={id('experience')}>{t('field_experience')}</label>
          <input
            id={id('experience')}
            type="number"
            min={0}
            max={600}
            value={draft.experienceValue}
            onInput={(event) => set({ experienceValue: event.currentTarget.value })}
          />
        </div>
        <div>
          <label for={id('experience-unit')}>{t('options_experienceUnit')}</label>
          <select
            id={id('experience-unit')}
            value={draft.experienceUnit}
            onChange={(event) =>
              set({ experienceUnit: event.currentTarget.value === 'months' ? 'months' : 'years' })
            }
          >
            <option value="years">{t('options_years')}</option>
            <option value="months">{t('options_months')}</option>
          </select>
        </div>
      </div>
    </fieldset>
  );
}
