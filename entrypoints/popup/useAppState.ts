/**
 * The popup's only link to the background: asks for the state on open, follows
 * `stateChanged` broadcasts, and sends the buttons' requests (each answers
 * with the new state). Components below it only get props.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { readStateSnapshot } from '@/utils/app-state-snapshot';
import type { AppState, Request } from '@/utils/messaging';
import type { Profile } from '@/utils/profile/model';
import type { PopupAction } from './actions';

export interface PopupModel {
  state: AppState | null;
  unreachable: boolean;
  pending: PopupAction | null;
  run: (action: PopupAction) => void;
}

/** The state askStateEarly got before the page's first render; the first useAppState takes it. */
let early: AppState | null = null;

/**
 * Gets the state before the page renders, waiting at most `waitMs`: the page then renders once, with the
 * profile, instead of an empty frame and then the profile (one layout and paint fewer before the person
 * sees their métiers). The first of the background's answer and the last state it sent out (kept in
 * storage.session: app-state-snapshot.ts) wins; the snapshot is there even while the background is busy.
 * With neither in time, the page renders without, and useAppState asks as it always does.
 */
export async function askStateEarly(waitMs: number): Promise<void> {
  const answer = ask({ type: 'getState' }).catch(() => null);
  // No snapshot (the browser just started), or none that looks like a state: the answer decides.
  const snapshot = readStateSnapshot().then((kept) => (isAppState(kept) ? withKept(kept) : answer));
  const late = new Promise<null>((resolve) => setTimeout(resolve, waitMs, null));
  early = await Promise.race([answer, snapshot, late]);
}

/** The early state, once: a later mount asks afresh. */
function takeEarly(): AppState | null {
  const state = early;
  early = null;
  return state;
}

export function useAppState(): PopupModel {
  // Asked again below all the same: a broadcast may have come before this page listened.
  const [state, setState] = useState<AppState | null>(takeEarly);
  const [unreachable, setUnreachable] = useState(false);
  const [pending, setPending] = useState<PopupAction | null>(null);
  // A broadcast is newer than any answer still on its way.
  const broadcastSeen = useRef(false);

  useEffect(() => {
    let open = true;
    const onMessage = (message: unknown): undefined => {
      if (isStateChanged(message)) {
        broadcastSeen.current = true;
        setState(withKept(message.state));
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ask({ type: 'getState' }).then(
      (answer) => {
        if (open && !broadcastSeen.current) setState(answer);
      },
      () => open && setUnreachable(true),
    );
    return () => {
      open = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  const run = useCallback((action: PopupAction) => {
    setPending(action);
    setUnreachable(false);
    ask({ type: action })
      .then(setState, () => setUnreachable(true))
      .finally(() => setPending(null));
  }, []);

  return { state, unreachable, pending, run };
}

async function ask(request: Request): Promise<AppState> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (!isAppState(answer)) throw new Error(`no state in the answer to ${request.type}`);
  return withKept(answer);
}

/** The state with its kept-aside typed profile, null when the answer carries none (or none that looks like one). */
function withKept(state: WireState): AppState {
  const kept = state.keptTypedProfile;
  return { ...state, keptTypedProfile: isProfile(kept) ? kept : null };
}

/** An AppState as it arrives: its kept-aside profile is only trusted once withKept has checked it. */
type WireState = Omit<AppState, 'keptTypedProfile'> & { keptTypedProfile?: unknown };

function isStateChanged(message: unknown): message is { type: 'stateChanged'; state: WireState } {
  return isRecord(message) && message.type === 'stateChanged' && isAppState(message.state);
}

// The background is part of this extension, so a shape check is enough to
// tell a state from an unrelated message.
function isAppState(value: unknown): value is WireState {
  return (
    isRecord(value) &&
    typeof value.signedIn === 'boolean' &&
    typeof value.syncing === 'boolean' &&
    (value.lastSyncAt === null || typeof value.lastSyncAt === 'string') &&
    (value.lastError === null || isRecord(value.lastError)) &&
    (value.profile === null || isProfile(value.profile))
  );
}

function isProfile(value: unknown): value is Profile {
  return isRecord(value) && typeof value.source === 'string' && Array.isArray(value.metiers);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
