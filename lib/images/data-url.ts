/**
 * A stored image as a `data:` URL. An MV3 service worker has no `URL.createObjectURL`, and a
 * Blob does not survive `runtime.sendMessage`, so this is how the background hands a poster to
 * a page; the popup, which can make object URLs, may use `getObjectUrl` instead.
 */
export function toDataUrl(bytes: ArrayBuffer, type: string): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  // Chunks keep String.fromCharCode's argument list far below engine limits.
  for (let start = 0; start < view.length; start += 0x8000) {
    binary += String.fromCharCode(...view.subarray(start, start + 0x8000));
  }
  return `data:${type};base64,${btoa(binary)}`;
}
