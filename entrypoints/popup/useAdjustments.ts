/** The person's additions, read once when the popup opens (the popup shows which values are theirs). */
import { useEffect, useState } from 'preact/hooks';
import type { Adjustments } from '@/utils/adjustments';
import type { OptionsRequest } from '@/utils/messaging';
// The hand-written reader, not the zod schema: the popup stays small, and still trusts no unchecked answer.
import { NO_ADJUSTMENTS, readAdjustments } from '@/utils/profile/adjustments-shape';

export function useAdjustments(): Adjustments {
  const [adjustments, setAdjustments] = useState<Adjustments>(NO_ADJUSTMENTS);
  useEffect(() => {
    const request: OptionsRequest = { type: 'getAdjustments' };
    browser.runtime.sendMessage(request).then(
      (answer: unknown) => {
        const read = readAdjustments(answer);
        if (read) setAdjustments(read);
      },
      () => {},
    );
  }, []);
  return adjustments;
}
