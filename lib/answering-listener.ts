/**
 * A runtime.onMessage listener that answers asynchronously in Chrome and Firefox alike. Chrome
 * ignores a Promise returned by the listener (the sender would get nothing); it answers through
 * `sendResponse`, kept open by returning `true`. Firefox accepts that form too, so it is the one
 * used everywhere.
 */

/** Answers a message, or returns undefined when it is not ours (so other listeners may answer). */
export type Answerer<Sender> = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

export type AnsweringListener<Sender> = (
  message: unknown,
  sender: Sender,
  sendResponse: (response?: unknown) => void,
) => true | undefined;

/**
 * `failed` turns an error the answerer let escape (thrown, or a rejected Promise) into the answer
 * the sender gets instead: an answer always comes back, and never a hang until the port closes.
 */
export function answeringListener<Sender>(
  answer: Answerer<Sender>,
  failed: (error: unknown) => unknown,
): AnsweringListener<Sender> {
  return (message, sender, sendResponse) => {
    let answered: Promise<unknown> | undefined;
    try {
      answered = answer(message, sender);
    } catch (error) {
      sendResponse(failed(error));
      return undefined;
    }
    if (!answered) return undefined;
    answered.then(sendResponse, (error: unknown) => sendResponse(failed(error)));
    return true;
  };
}
