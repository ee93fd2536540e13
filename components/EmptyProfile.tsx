import { useTranslate } from './translate-context';

/** Where a jobseeker adds métiers recherchés: their personal space on francetravail.fr. */
export const FRANCE_TRAVAIL_CANDIDATE_URL = 'https://candidat.francetravail.fr/';

/** Signed in, but France Travail holds no métier recherché: say how to add one. */
export function EmptyProfile() {
  const t = useTranslate();
  return (
    <section class="empty-profile" data-testid="empty-profile" aria-labelledby="empty-profile-title">
      <h3 id="empty-profile-title">{t('popup_emptyTitle')}</h3>
      <p>{t('popup_emptyText')}</p>
      <p>
        <a
          href={FRANCE_TRAVAIL_CANDIDATE_URL}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="francetravail-link"
        >
          {t('popup_emptyLink')} <span class="visually-hidden">{t('popup_newTab')}</span>
        </a>
      </p>
    </section>
  );
}
