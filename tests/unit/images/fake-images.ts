/** A fake wsrv.nl / simkl.in: images of a chosen size, failures on demand, a count per URL. */

export interface FakeImage {
  bytes?: number;
  status?: number;
  type?: string;
}

export function createFakeImageHost(images: Record<string, FakeImage> = {}) {
  const calls: string[] = [];
  const state = { offline: false, gate: undefined as Promise<void> | undefined };
  const fetch = async (url: string): Promise<Response> => {
    calls.push(url);
    if (state.gate) await state.gate;
    if (state.offline) throw new TypeError('Failed to fetch');
    const image = images[url] ?? { bytes: 100 };
    const body = new Uint8Array(image.bytes ?? 100).fill(url.length % 251);
    return new Response(body, {
      status: image.status ?? 200,
      headers: { 'Content-Type': image.type ?? 'image/webp' },
    });
  };
  const count = (url: string) => calls.filter((call) => call === url).length;
  return { fetch, calls, count, images, state };
}

export const poster = (name: string) => `https://wsrv.nl/?url=https://simkl.in/posters/${name}_ca.webp`;
