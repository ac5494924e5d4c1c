import { describe, expect, it } from 'vitest';
import { parseServerAddress, serverPermissionPattern } from '../../../lib/site-access/server-address';

describe('a self-hosted server’s address as typed in the options', () => {
  it.each([
    ['https://plex.home.arpa:32400', 'https://plex.home.arpa:32400'],
    ['  http://192.168.1.20:8096/ ', 'http://192.168.1.20:8096'],
    ['https://Jellyfin.Example.org', 'https://jellyfin.example.org'],
    ['http://[fd00::20]:32400', 'http://[fd00::20]:32400'],
  ])('takes %j as the origin %s', (typed, origin) => {
    expect(parseServerAddress(typed)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['plex.home.arpa:32400', 'scheme'],
    ['192.168.1.20', 'invalid'],
    ['ftp://plex.home.arpa', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['https://user:pass@plex.home.arpa', 'invalid'],
    ['https://plex.home.arpa:32400/web', 'path'],
    ['https://plex.home.arpa:32400/web/index.html#!/', 'path'],
    ['https://plex.home.arpa?x=1', 'path'],
    ['https://plex.home.arpa/#', 'path'],
    ['not an address', 'invalid'],
  ])('refuses %j (%s)', (typed, problem) => {
    expect(parseServerAddress(typed)).toEqual({ ok: false, problem });
  });

  it('asks for the host on its scheme, every port (Firefox’s patterns take none)', () => {
    expect(serverPermissionPattern('https://plex.home.arpa:32400')).toBe('https://plex.home.arpa/*');
    expect(serverPermissionPattern('http://192.168.1.20:8096')).toBe('http://192.168.1.20/*');
  });
});
