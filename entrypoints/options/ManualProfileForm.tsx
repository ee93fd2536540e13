import { useState } from 'preact/hooks';
import { useTranslate } from '@/components/translate-context';
import {
  draftFromMetier,
  EMPTY_DRAFT,
  type MetierDraft,
  metierFromDraft,
} from '@/utils/profile/manual-draft';
import type { ManualMetier } from '@/utils/profile/manual-schema';
import { MetierForm } from './MetierForm';
import type { ReferenceData } from './reference-data';

export interface ManualProfileFormProps {
  data: ReferenceData;
  /** The métiers saved before (a typed profile), to edit them. */
  saved: readonly ManualMetier[];
  saving: boolean;
  onSave: (metiers: ManualMetier[]) => void;
}

/** Up to two métiers typed by hand; saved only when each has a job title from the list. */
export function ManualProfileForm({ data, saved, saving, onSave }: ManualProfileFormProps) {
  const t = useTranslate();
  const [drafts, setDrafts] = useState<MetierDraft[]>(
    saved.length > 0 ? saved.map(draftFromMetier) : [EMPTY_DRAFT],
  );
  const [missingTitle, setMissingTitle] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const metiers = drafts.map(metierFromDraft);
    if (metiers.some((m) => m === null)) {
      setMissingTitle(true);
      return;
    }
    setMissingTitle(false);
    onSave(metiers.filter((m): m is ManualMetier => m !== null));
  };
  return (
    <form class="manual-profile" data-testid="manual-profile" onSubmit={submit}>
      {drafts.map((draft, index) => (
        <div key={index} class="metier-block">
          <MetierForm
            index={index}
            draft={draft}
            data={data}
            onChange={(next) => setDrafts(drafts.map((d, i) => (i === index ? next : d)))}
          />
          {drafts.length > 1 && (
            <button
              type="button"
              class="button button-secondary"
              data-testid={`remove-metier-${index}`}
              onClick={() => setDrafts(drafts.filter((_, i) => i !== index))}
            >
              {t('options_removeMetier', String(index + 1))}
            </button>
          )}
        </div>
      ))}
      {missingTitle && (
        <p class="notice notice-error" role="alert" data-testid="missing-title">
          {t('options_missingTitle')}
        </p>
      )}
      <div class="actions">
        {drafts.length < 2 && (
          <button
            type="button"
            class="button button-secondary"
            data-testid="add-metier"
            onClick={() => setDrafts([...drafts, EMPTY_DRAFT])}
          >
            {t('options_addMetier')}
          </button>
        )}
        <button type="submit" class="button button-primary" data-testid="save-profile" disabled={saving}>
          {t('options_saveProfile')}
        </button>
      </div>
    </form>
  );
}
