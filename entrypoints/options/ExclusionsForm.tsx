import { useTranslate } from '@/components/translate-context';
import { WordListField } from '@/components/WordListField';
import type { Adjustments } from '@/utils/adjustments';

export interface ExclusionsFormProps {
  adjustments: Adjustments;
  onChange: (adjustments: Adjustments) => void;
}

/** Offers whose title holds one of these words, or from one of these companies, are never marked as matching. */
export function ExclusionsForm({ adjustments, onChange }: ExclusionsFormProps) {
  const t = useTranslate();
  return (
    <div class="exclusions">
      <WordListField
        id="excluded-keywords"
        label={t('options_excludedKeywords')}
        hint={t('options_excludedKeywordsHint')}
        words={adjustments.excludedKeywords}
        onChange={(excludedKeywords) => onChange({ ...adjustments, excludedKeywords })}
      />
      <WordListField
        id="excluded-companies"
        label={t('options_excludedCompanies')}
        hint={t('options_excludedCompaniesHint')}
        words={adjustments.excludedCompanies}
        onChange={(excludedCompanies) => onChange({ ...adjustments, excludedCompanies })}
      />
    </div>
  );
}
