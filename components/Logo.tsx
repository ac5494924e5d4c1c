import { LOGO_PATH } from '../lib/page/ui/logo-path';

/** Simkl's initial in a rounded square, drawn inline: no image request, no icon font. */
export function Logo({ size = 16 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect width="16" height="16" rx="4" fill="currentColor" opacity=".2" />
      <path d={LOGO_PATH} fill="currentColor" />
    </svg>
  );
}
