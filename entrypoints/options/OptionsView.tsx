import type { ComponentChildren } from 'preact';
import { ErrorNotice } from '@/components/ErrorNotice';
import { useTranslate } from '@/components/translate-context';
import type { Adjustments } from '@/utils/adjustments';
import type { AppState } from '@/utils/messaging';
import type { ManualMetier } from '@/utils/profile/manual-schema';
import type { DisplaySettings } from '@/utils/settings';
import { AdvancedSettings, type AdvancedSettingsProps } from './AdvancedSettings';
import { DisplaySettingsForm } from './DisplaySettingsForm';
import { ExclusionsForm } from './ExclusionsForm';
import { PrivacySection } from './PrivacySection';
import { ProfileSection } from './ProfileSection';
import type { ReferenceData } from './reference-data';
import { type BoardSite, SitesSettings } from './SitesSettings';

export interface OptionsViewProps {
  /** null until the background has answered. */
  state: AppState | null;
  unreachable: boolean;
  data: ReferenceData | null;
  adjustments: Adjustments;
  settings: DisplaySettings;
  boards: readonly BoardSite[];
  customSites: readonly string[];
  busy: boolean;
  /** What the last action did, announced politely. */
  notice: 'saved' | 'deleted' | 'failed' | null;
  onSaveManual: (metiers: ManualMetier[]) => void;
  onUseDemo: () => void;
  onAdjustments: (adjustments: Adjustments) => void;
  onSettings: (change: Partial<DisplaySettings>) => void;
  onToggleSite: (siteKey: string, enabled: boolean) => void;
  onRemoveCustomSite: (host: string) => void;
  onExport: () => void;
  onDeleteEverything: () => void;
  /** Brings the typed profile back: signed in, by signing out of France Travail; signed out, in place of the demo. */
  onRestoreTyped?: () => void;
  /** The France Travail application in use (§ Avancé). */
  advanced: AdvancedSettingsProps;
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="options-section" aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** The whole options page for one state: pure, so every state renders in a test. */
export function OptionsView(props: OptionsViewProps) {
  const t = useTranslate();
  const { state } = props;
  return (
    <main class="options" aria-busy={state === null}>
      <header class="options-header">
        <img src="/icons/48.png" alt="" width={32} height={32} />
        <h1>{t('options_title')}</h1>
      </header>
      <div class="status" aria-live="polite" data-testid="options-status">
        {props.unreachable && <p class="notice notice-error">{t('popup_unreachable')}</p>}
        {props.notice === 'saved' && <p class="notice notice-ok">{t('options_saved')}</p>}
        {props.notice === 'failed' && <p class="notice notice-error">{t('options_failed')}</p>}
        {state?.lastError && <ErrorNotice error={state.lastError} />}
      </div>
      <Section id="profile" title={t('options_profileHeading')}>
        {state ? (
          <ProfileSection
            state={state}
            data={props.data}
            adjustments={props.adjustments}
            saving={props.busy}
            onSaveManual={props.onSaveManual}
            onUseDemo={props.onUseDemo}
            onAdjustments={props.onAdjustments}
            onRestoreTyped={props.onRestoreTyped}
          />
        ) : (
          <p class="loading">{t('popup_loading')}</p>
        )}
      </Section>
      <Section id="exclusions" title={t('options_exclusionsHeading')}>
        <ExclusionsForm adjustments={props.adjustments} onChange={props.onAdjustments} />
      </Section>
      <Section id="sites" title={t('options_sitesHeading')}>
        <SitesSettings
          boards={props.boards}
          customSites={props.customSites}
          settings={props.settings}
          onToggle={props.onToggleSite}
          onRemoveCustomSite={props.onRemoveCustomSite}
        />
      </Section>
      <Section id="display" title={t('options_displayHeading')}>
        <DisplaySettingsForm settings={props.settings} onChange={props.onSettings} />
      </Section>
      <Section id="privacy" title={t('options_privacyHeading')}>
        <PrivacySection
          busy={props.busy}
          deleted={props.notice === 'deleted'}
          onExport={props.onExport}
          onDeleteEverything={props.onDeleteEverything}
        />
      </Section>
      <Section id="advanced" title={t('options_advancedHeading')}>
        <AdvancedSettings {...props.advanced} />
      </Section>
    </main>
  );
}
