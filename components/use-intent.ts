import { useEffect, useState } from 'preact/hooks';
import type { ErrorData } from '../lib/errors';
import { type Intent, type IntentRequest, type IntentResponse, sendIntent } from '../lib/messaging';

export interface IntentState<T> {
  value?: T;
  error?: ErrorData;
  loading: boolean;
}

/**
 * Asks the background once, and again whenever `revision` moves; `set` takes a newer answer
 * (from a write's reply) without asking again. The request must be a plain JSON object.
 */
export function useIntent<K extends Intent>(
  intent: K,
  data: IntentRequest<K>,
  revision: number,
): [IntentState<IntentResponse<K>>, (value: IntentResponse<K>) => void] {
  const [state, setState] = useState<IntentState<IntentResponse<K>>>({ loading: true });
  const key = JSON.stringify(data);
  // `key` stands for the request's content: a new object with the same fields asks nothing new.
  useEffect(() => {
    let live = true;
    void sendIntent(intent, data).then((answer) => {
      if (!live) return;
      setState(answer.ok ? { value: answer.value, loading: false } : { error: answer.error, loading: false });
    });
    return () => {
      live = false;
    };
  }, [intent, key, revision]);
  return [state, (value) => setState({ value, loading: false })];
}
