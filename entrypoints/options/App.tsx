import { useAppState } from '@/entrypoints/popup/useAppState';
import { BOARDS } from '@/utils/sites/boards';
import { OptionsView } from './OptionsView';
import { useAdvancedSettings } from './useAdvancedSettings';
import { useOptions } from './useOptions';

/** The options page wired to the background and storage. */
export function App() {
  const { state, unreachable, run } = useAppState();
  const options = useOptions();
  const advanced = useAdvancedSettings();
  return (
    <OptionsView
      state={state}
      unreachable={unreachable}
      data={options.data}
      adjustments={options.adjustments}
      settings={options.settings}
      boards={BOARDS}
      customSites={options.customSites}
      busy={options.busy}
      notice={options.notice}
      onSaveManual={options.saveManual}
      onUseDemo={() => run('useDemoProfile')}
      // Signed in, signing out is what brings the typed profile back.
      onRestoreTyped={state?.signedIn ? () => run('signOut') : options.restoreTyped}
      onAdjustments={options.saveAdjustments}
      onSettings={options.changeSettings}
      onToggleSite={options.toggleSite}
      onRemoveCustomSite={options.removeCustomSite}
      onExport={options.exportAll}
      onDeleteEverything={options.deleteEverything}
      advanced={advanced}
    />
  );
}
