/** Types for sizes.mjs, so the TypeScript scripts can use it. */
export function gzipSize(file: string): number;
export function rawSize(file: string): number;
export function listFiles(dir: string): string[];
export function contentScripts(extensionDir: string): Record<string, string[]>;
export function backgroundScripts(extensionDir: string): string[];
export function pageScripts(extensionDir: string, page: string): string[];
export function kb(bytes: number): string;
export function filesNotNamedInPage(extensionDir: string, page: string): string[];
