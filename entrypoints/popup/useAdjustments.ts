/** The person's additions, read once when the popup opens (the popup shows which values are theirs). */
import { useEffect, useState } from 'preact/hooks';
import { type Adjustments, adjustmentsSchema, NO_ADJUSTMENTS } from '@/utils/adjustments';
import type { OptionsRequest } from '@/utils/messaging';

export function useAdjustments(): Adjustments {
  const [adjustments, setAdjustments] = useState<Adjustments>(NO_ADJUSTMENTS);
  useEffect(() => {
    const request: OptionsRequest = { type: 'getAdjustments' };
    browser.runtime.sendMessage(request).then(
      (answer: unknown) => {
        const parsed = adjustmentsSchema.safeParse(answer);
        if (parsed.success) setAdjustments(parsed.data);
      },
      () => {},
    );
  }, []);
  return adjustments;
}
