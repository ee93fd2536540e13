import { PopupView } from './PopupView';
import { useAdjustments } from './useAdjustments';
import { useAppState } from './useAppState';
import { useHostAccess } from './useHostAccess';
import { useTabStatus } from './useTabStatus';

/** The popup wired to the background. */
export function App() {
  const { state, unreachable, pending, run } = useAppState();
  const adjustments = useAdjustments();
  const { tab, toggleSite, enable } = useTabStatus();
  const hostAccess = useHostAccess();
  return (
    <PopupView
      state={state}
      unreachable={unreachable}
      pending={pending}
      onSignIn={() => run('signIn')}
      onSignOut={() => run('signOut')}
      onRefresh={() => run('refresh')}
      onUseDemo={() => run('useDemoProfile')}
      onGrantHostAccess={hostAccess.missing ? hostAccess.grant : undefined}
      adjustments={adjustments}
      tab={tab}
      onToggleSite={toggleSite}
      onEnableSite={enable}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
