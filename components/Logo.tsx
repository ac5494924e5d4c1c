/** Simkl's initial in a rounded square, drawn inline: no image request, no icon font. */
export function Logo({ size = 16 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect width="16" height="16" rx="4" fill="currentColor" opacity=".2" />
      <path
        d="M11 5.2C10.3 4.6 9.4 4.3 8.3 4.3 6.6 4.3 5.4 5.2 5.4 6.5c0 2.8 4.8 1.9 4.8 3.5 0 .5-.6.8-1.4.8-.9 0-1.7-.4-2.3-1l-1 1.2c.8.8 2 1.3 3.3 1.3 1.9 0 3.1-1 3.1-2.4 0-2.9-4.7-2-4.7-3.4 0-.4.5-.7 1.2-.7.7 0 1.3.2 1.8.7z"
        fill="currentColor"
      />
    </svg>
  );
}
