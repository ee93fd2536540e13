/**
 * Watching a page that changes under us (infinite scroll, "load more", SPA
 * navigation, re-rendered cards): every change only asks for a pass, and
 * passes are coalesced to at most one per animation frame.
 */

export type FrameRequest = (callback: () => void) => unknown;

export interface PassScheduler {
  /** Asks for a pass at the next frame; many asks before it run one pass. */
  schedule(): void;
  /** Drops a pending pass and stops scheduling. */
  stop(): void;
}

/** Coalesces requests into one `run` per frame. */
export function createPassScheduler(run: () => void, requestFrame: FrameRequest): PassScheduler {
  let pending = false;
  let stopped = false;
  return {
    schedule() {
      if (pending || stopped) return;
      pending = true;
      requestFrame(() => {
        pending = false;
        if (!stopped) run();
      });
    },
    stop() {
      stopped = true;
    },
  };
}

/** True when a mutation is only about our own nodes (a badge host added, moved or removed). */
export function isOwnMutation(record: MutationRecord, isOwnNode: (node: Node) => boolean): boolean {
  if (record.type === 'characterData') return isOwnNode(record.target);
  // The nodes first: most records are our badge going in, told by its host before walking up from the target.
  const { addedNodes, removedNodes } = record;
  if (
    addedNodes.length + removedNodes.length > 0 &&
    allOwn(addedNodes, isOwnNode) &&
    allOwn(removedNodes, isOwnNode)
  )
    return true;
  return isOwnNode(record.target);
}

function allOwn(nodes: NodeList, isOwnNode: (node: Node) => boolean): boolean {
  for (const node of nodes) if (!isOwnNode(node)) return false;
  return true;
}

/**
 * Schedules a pass for every batch of page changes the highlighter's observer
 * reports (the page has one MutationObserver, the highlighter's: it also
 * forgets the cards that changed); also on history navigation (popstate, and
 * the Navigation API where the browser has it), since a SPA may change the URL
 * before the DOM.
 */
export function observePage(
  doc: Document,
  scheduler: PassScheduler,
  onPageChange: (listener: () => void) => void,
): () => void {
  onPageChange(() => scheduler.schedule());
  const view = doc.defaultView;
  const onNavigate = () => scheduler.schedule();
  view?.addEventListener('popstate', onNavigate);
  const navigation = (view as (Window & { navigation?: EventTarget }) | null)?.navigation;
  navigation?.addEventListener('navigatesuccess', onNavigate);
  return () => {
    view?.removeEventListener('popstate', onNavigate);
    navigation?.removeEventListener('navigatesuccess', onNavigate);
    scheduler.stop();
  };
}
