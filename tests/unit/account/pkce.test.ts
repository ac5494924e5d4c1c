import { describe, expect, it } from 'vitest';
import { base64Url, codeChallengeS256, createCodeVerifier, createState } from '../../../lib/account/pkce';

// RFC 7636 Appendix B: these 32 octets encode to the verifier, whose S256 challenge is given.
const RFC_OCTETS = [
  116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191,
  240, 91, 88, 5, 88, 83, 132, 141, 121,
];
const RFC_VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const RFC_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('PKCE', () => {
  it('encodes the RFC 7636 octets into the RFC verifier', () => {
    const verifier = createCodeVerifier(32, (bytes) => {
      bytes.set(RFC_OCTETS);
      return bytes;
    });
    expect(verifier).toBe(RFC_VERIFIER);
  });

  it('derives the RFC 7636 S256 challenge', async () => {
    expect(await codeChallengeS256(RFC_VERIFIER)).toBe(RFC_CHALLENGE);
  });

  it('makes verifiers of 43 to 128 unreserved characters from crypto.getRandomValues', () => {
    const verifiers = Array.from({ length: 50 }, () => createCodeVerifier());
    for (const verifier of verifiers) {
      expect(verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    }
    expect(new Set(verifiers).size).toBe(50);
    expect(createCodeVerifier(96)).toHaveLength(128);
  });

  it('refuses lengths outside the RFC range', () => {
    expect(() => createCodeVerifier(31)).toThrow(RangeError);
    expect(() => createCodeVerifier(97)).toThrow(RangeError);
  });

  it('encodes base64url without padding', () => {
    expect(base64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('makes an unguessable state each time', () => {
    const states = new Set(Array.from({ length: 20 }, () => createState()));
    expect(states.size).toBe(20);
    for (const state of states) expect(state).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
