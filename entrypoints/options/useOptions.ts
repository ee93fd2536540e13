/**
 * The options page's link to the background and to storage: the adjustments,
 * the display settings and the sites enabled by hand, kept current, and the
 * actions. The app state itself comes from the popup's hook (same protocol).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type Adjustments, adjustmentsSchema, NO_ADJUSTMENTS } from '@/utils/adjustments';
import { CUSTOM_SITES_KEY, disableSite, listCustomSites } from '@/utils/custom-sites';
import type { ExportedData, OptionsRequest } from '@/utils/messaging';
import type { ManualMetier } from '@/utils/profile/manual-schema';
import {
  DEFAULT_SETTINGS,
  type DisplaySettings,
  loadSettings,
  saveSettings,
  setSiteEnabled,
  watchSettings,
} from '@/utils/settings';
import { downloadJson } from './download';
import { loadReferenceData, type ReferenceData } from './reference-data';

export interface OptionsModel {
  data: ReferenceData | null;
  adjustments: Adjustments;
  settings: DisplaySettings;
  customSites: string[];
  busy: boolean;
  notice: 'saved' | 'deleted' | 'failed' | null;
  saveManual: (metiers: ManualMetier[]) => void;
  saveAdjustments: (adjustments: Adjustments) => void;
  changeSettings: (change: Partial<DisplaySettings>) => void;
  toggleSite: (siteKey: string, enabled: boolean) => void;
  removeCustomSite: (host: string) => void;
  exportAll: () => void;
  deleteEverything: () => void;
  /** Signed out: the typed profile kept aside comes back in place of the demo. */
  restoreTyped: () => void;
}

const send = (request: OptionsRequest): Promise<unknown> => browser.runtime.sendMessage(request);

export function useOptions(): OptionsModel {
  const [data, setData] = useState<ReferenceData | null>(null);
  const [adjustments, setAdjustments] = useState<Adjustments>(NO_ADJUSTMENTS);
  const [settings, setSettings] = useState<DisplaySettings>(DEFAULT_SETTINGS);
  const [customSites, setCustomSites] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<OptionsModel['notice']>(null);

  const reloadAdjustments = useCallback(async () => {
    const parsed = adjustmentsSchema.safeParse(await send({ type: 'getAdjustments' }));
    setAdjustments(parsed.success ? parsed.data : NO_ADJUSTMENTS);
  }, []);

  useEffect(() => {
    void loadReferenceData().then(setData, () => setNotice('failed'));
    void loadSettings().then(setSettings);
    void listCustomSites().then(setCustomSites);
    void reloadAdjustments().catch(() => setNotice('failed'));
    const unwatch = watchSettings(setSettings);
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CUSTOM_SITES_KEY in changes) void listCustomSites().then(setCustomSites);
    };
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      unwatch();
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, [reloadAdjustments]);

  /** Runs an action with the busy flag, and says how it ended. */
  const act = useCallback(async (action: () => Promise<unknown>, done: OptionsModel['notice'] = null) => {
    setBusy(true);
    setNotice(null);
    try {
      await action();
      setNotice(done);
    } catch {
      setNotice('failed');
    } finally {
      setBusy(false);
    }
  }, []);

  return {
    data,
    adjustments,
    settings,
    customSites,
    busy,
    notice,
    saveManual: (metiers) =>
      void act(() => send({ type: 'saveManualProfile', profile: { metiers } }), 'saved'),
    saveAdjustments: (next) => {
      setAdjustments(next);
      void act(() => send({ type: 'saveAdjustments', adjustments: next }));
    },
    changeSettings: (change) => void act(() => saveSettings(change).then(setSettings)),
    toggleSite: (siteKey, enabled) => void act(() => setSiteEnabled(siteKey, enabled).then(setSettings)),
    removeCustomSite: (host) => void act(() => disableSite(`https://${host}`)),
    exportAll: () =>
      void act(async () => {
        const exported = (await send({ type: 'exportData' })) as ExportedData;
        downloadJson(exported, `repere-emploi-${exported.exportedAt.slice(0, 10)}.json`);
      }),
    deleteEverything: () =>
      void act(async () => {
        await send({ type: 'deleteEverything' });
        await reloadAdjustments();
        setSettings(await loadSettings());
        setCustomSites(await listCustomSites());
      }, 'deleted'),
    restoreTyped: () => void act(() => send({ type: 'restoreTypedProfile' })),
  };
}
