/**
 * Running the project's tools from the scripts: local binaries from node_modules/.bin, output either
 * streamed or captured (and shown only when the step fails), and wall times for the summary lines.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A tool installed in node_modules/.bin. */
export function localBin(name) {
  return path.join(REPO_ROOT, 'node_modules', '.bin', name);
}

/**
 * Runs `command args` in the repo root. `capture: true` collects stdout/stderr instead of streaming.
 * Resolves {code, stdout, stderr, ms}; never rejects for a non-zero exit (callers decide).
 * @param {string} command
 * @param {string[]} args
 * @param {{capture?: boolean, env?: NodeJS.ProcessEnv}} [options]
 * @returns {Promise<{code: number, stdout: string, stderr: string, ms: number}>}
 */
export function run(command, args, { capture = false, env = process.env } = {}) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      env,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, ms: Date.now() - started });
    });
  });
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Prints the message in red to stderr and exits 1. */
export function fail(message) {
  console.error(`\x1b[31m✖ ${message}\x1b[0m`);
  process.exit(1);
}
