/**
 * One self-signed certificate covering every hostname the service answers for, made with the openssl CLI
 * and cached in the temp folder (keyed by the SAN list) so parallel test files share it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface CertPair {
  key: string;
  cert: string;
}

/** Regenerate well before the 365-day validity runs out. */
const MAX_AGE_MS = 300 * 24 * 3600 * 1000;

export function certificateFor(hostnames: string[]): CertPair {
  const sans = [...new Set([...hostnames, 'localhost'])].sort().map((name) => `DNS:${name}`);
  sans.push('IP:127.0.0.1');
  const hash = createHash('sha256').update(sans.join(',')).digest('hex').slice(0, 16);
  const cachePath = path.join(os.tmpdir(), `simkl-service-cert-${hash}.json`);
  const cached = readCached(cachePath);
  if (cached) return cached;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-cert-'));
  try {
    const keyPath = path.join(dir, 'key.pem');
    const certPath = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyPath,
        '-out',
        certPath,
        '-days',
        '365',
        '-subj',
        '/CN=simkl-local-service',
        '-addext',
        `subjectAltName=${sans.join(',')}`,
      ],
      { stdio: 'ignore' },
    );
    const pair = { key: fs.readFileSync(keyPath, 'utf8'), cert: fs.readFileSync(certPath, 'utf8') };
    // Write then rename: test files start in parallel and must never read half a file.
    const tmp = `${cachePath}.${process.pid}.${Date.now()}`;
    fs.writeFileSync(tmp, JSON.stringify(pair));
    fs.renameSync(tmp, cachePath);
    return pair;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function readCached(cachePath: string): CertPair | null {
  try {
    const stat = fs.statSync(cachePath);
    if (Date.now() - stat.mtimeMs > MAX_AGE_MS) return null;
    const parsed: unknown = JSON.parse(fs.readFileSync(cachePath, 'utf8'));
    if (parsed && typeof parsed === 'object' && 'key' in parsed && 'cert' in parsed) {
      const { key, cert } = parsed as Record<string, unknown>;
      if (typeof key === 'string' && typeof cert === 'string') return { key, cert };
    }
  } catch {
    // no cache yet
  }
  return null;
}
