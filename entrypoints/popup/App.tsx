import { PopupView } from './PopupView';
import { useAppState } from './useAppState';
import { useHostAccess } from './useHostAccess';

/** The popup wired to the background. */
export function App() {
  const { state, unreachable, pending, run } = useAppState();
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
    />
  );
}
