import type { Adjustments } from '../utils/adjustments';
import { isEmptyAdjustments } from '../utils/profile/adjustments-shape';
import { describeMetier } from '../utils/profile/describe';
import type { Metier } from '../utils/profile/model';
import { useTranslate } from './translate-context';

/** The values the person added on top of the profile, each said to be theirs. */
export function AdjustmentsSummary({ adjustments }: { adjustments: Adjustments }) {
  const t = useTranslate();
  if (isEmptyAdjustments(adjustments)) return null;
  // The place and salary are worded like the profile's own, through the same formatter.
  const worded = describeMetier(
    {
      typologie: { code: 'MR', label: '', creation: false, reprise: false, franchise: false },
      places: adjustments.extraPlace ? [adjustments.extraPlace] : [],
      ...(adjustments.minSalary ? { salary: adjustments.minSalary } : {}),
      contracts: [],
      workTimes: [],
    } satisfies Metier,
    t,
  ).parts;
  const part = (kind: string) => worded.find((p) => p.kind === kind)?.text;
  const rows: [string, string][] = [];
  if (adjustments.keywords.length > 0)
    rows.push([t('options_extraKeywords'), adjustments.keywords.join(', ')]);
  const place = part('places');
  if (place) rows.push([t('options_extraPlace'), place]);
  const salary = part('salary');
  if (salary) rows.push([t('options_salaryFloor'), salary]);
  if (adjustments.excludedKeywords.length > 0)
    rows.push([t('options_excludedKeywords'), adjustments.excludedKeywords.join(', ')]);
  if (adjustments.excludedCompanies.length > 0)
    rows.push([t('options_excludedCompanies'), adjustments.excludedCompanies.join(', ')]);
  return (
    <section
      class="adjustments-summary"
      data-testid="adjustments-summary"
      aria-labelledby="adjustments-summary-title"
    >
      <h3 id="adjustments-summary-title">{t('popup_yourAdditions')}</h3>
      <dl class="metier-parts">
        {rows.map(([label, text]) => (
          <div class="metier-part" key={label}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
