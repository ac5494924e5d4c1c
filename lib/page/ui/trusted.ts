/**
 * The in-page control lives in a hostile page: scripts there can dispatch synthetic clicks and
 * key presses into our shadow root. Only events the browser made from real user input act.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
