/**
 * The current tab for the popup: its id (tabs.query needs no permission for
 * that), the page status the background keeps for it, its URL when the
 * browser gives it, and the site settings; kept current as settings change.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { enableSite, listCustomSites } from '@/utils/custom-sites';
import type { OptionsRequest, PageStatus } from '@/utils/messaging';
import { DEFAULT_SETTINGS, loadSettings, setSiteEnabled, watchSettings } from '@/utils/settings';
import { type TabModel, tabModel } from './tab-model';

export interface TabStatusModel {
  tab: TabModel;
  toggleSite: (siteKey: string, enabled: boolean) => void;
  enable: (origin: string) => void;
}

async function readTab(): Promise<{ status: PageStatus | null; url: string | undefined }> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id === undefined) return { status: null, url: undefined };
  const request: OptionsRequest = { type: 'getTabStatus', tabId: active.id };
  const status = (await browser.runtime.sendMessage(request)) as PageStatus | null;
  return { status, url: active.url };
}

export function useTabStatus(): TabStatusModel {
  const [tab, setTab] = useState<TabModel>({ kind: 'unknown' });
  const refresh = useCallback(async () => {
    const [{ status, url }, settings, sites] = await Promise.all([
      readTab(),
      loadSettings(),
      listCustomSites(),
    ]);
    setTab(tabModel(status, url, settings ?? DEFAULT_SETTINGS, sites));
  }, []);
  useEffect(() => {
    void refresh().catch(() => {});
    return watchSettings(() => void refresh().catch(() => {}));
  }, [refresh]);
  return {
    tab,
    toggleSite: (siteKey, enabled) => void setSiteEnabled(siteKey, enabled),
    // No await before enableSite: the permission request must stay inside the click's gesture.
    enable: (origin) => void enableSite(origin).then(refresh, () => {}),
  };
}
