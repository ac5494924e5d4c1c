/**
 * PKCE (RFC 7636) with S256, and the random `state` that ties a redirect to the request that
 * caused it. Randomness comes from crypto.getRandomValues unless a test injects its own.
 */

export type RandomFill = (bytes: Uint8Array) => Uint8Array;

export const secureRandomFill: RandomFill = (bytes) => crypto.getRandomValues(bytes);

/** Base64url without padding (RFC 4648 §5), the encoding PKCE and OAuth use. */
export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A code verifier: base64url of `byteLength` random octets, so only unreserved characters.
 * 32 octets (the RFC's suggestion) give 43 characters; 96 give the maximum of 128.
 */
export function createCodeVerifier(byteLength = 32, fill: RandomFill = secureRandomFill): string {
  if (byteLength < 32 || byteLength > 96)
    throw new RangeError('A code verifier needs 32 to 96 random octets.');
  return base64Url(fill(new Uint8Array(byteLength)));
}

/** code_challenge = BASE64URL(SHA256(ASCII(code_verifier))). */
export async function codeChallengeS256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** An unguessable `state` for one authorization request. */
export function createState(fill: RandomFill = secureRandomFill): string {
  return base64Url(fill(new Uint8Array(16)));
}
