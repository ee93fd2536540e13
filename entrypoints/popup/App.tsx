import { PopupView } from './PopupView';
import { useAppState } from './useAppState';

/** The popup wired to the background. */
export function App() {
  const { state, unreachable, pending, run } = useAppState();
  return (
    <PopupView
      state={state}
      unreachable={unreachable}
      pending={pending}
      onSignIn={() => run('signIn')}
      onSignOut={() => run('signOut')}
      onRefresh={() => run('refresh')}
      onUseDemo={() => run('useDemoProfile')}
    />
  );
}
