/** Simkl's initial, drawn in a 16×16 box: one path shared by the in-page control and the popup. */
export const LOGO_PATH =
  'M11 5.2C10.3 4.6 9.4 4.3 8.3 4.3 6.6 4.3 5.4 5.2 5.4 6.5c0 2.8 4.8 1.9 4.8 3.5 0 .5-.6.8-1.4.8-.9 0-1.7-.4-2.3-1l-1 1.2c.8.8 2 1.3 3.3 1.3 1.9 0 3.1-1 3.1-2.4 0-2.9-4.7-2-4.7-3.4 0-.4.5-.7 1.2-.7.7 0 1.3.2 1.8.7z';
