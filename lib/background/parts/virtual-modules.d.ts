/** Built from shared-modules.ts by scripts/lib/background-parts.ts: registers the start-up's shared modules. */
declare module 'virtual:background-shared-modules' {
  export function shareStartupModules(): void;
}
