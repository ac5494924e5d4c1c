/**
 * The in-page control's CSS, injected into its shadow root: the site's styles cannot reach in and
 * ours cannot leak out. Light by default; dark when the host says data-theme=dark (the runner
 * reads the site's background, then the system preference). Kept terse: it ships in every
 * content script.
 */
export const CONTROL_CSS = `:host{all:initial;display:inline-block;vertical-align:middle;margin:6px 0;font:14px/1.3 system-ui,sans-serif;--b:#fff;--f:#111418;--m:#5b6470;--l:#d5dae1;--a:#0b7bd6;--af:#fff;--h:#eef3f8;--x:#c62828}
:host([data-theme=dark]){--b:#1c2026;--f:#f1f3f5;--m:#a3acb8;--l:#3a414b;--a:#3ea6ff;--af:#0b0d10;--h:#2a3039;--x:#ff7b72}
:host([data-floating]){position:fixed;right:16px;bottom:16px;z-index:2147483646;margin:0}
.w{position:relative;display:inline-flex;flex-direction:column;gap:4px}
button,a{font:inherit;color:inherit}
.main,.menu{border:1px solid var(--l);background:var(--b);color:var(--f)}
.main{display:inline-flex;align-items:center;gap:6px;padding:6px 12px;border-radius:99px;cursor:pointer;white-space:nowrap}
.main[data-listed]{background:var(--a);color:var(--af);border-color:var(--a)}
.main[aria-disabled=true]{cursor:default;color:var(--m)}
:focus-visible{outline:2px solid var(--a);outline-offset:2px}
.dot{width:7px;height:7px;border-radius:50%;background:currentColor;opacity:.5}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.note{margin:0;font-size:12px;color:var(--x);max-width:280px}
.menu{position:absolute;top:100%;left:0;z-index:2147483647;margin-top:4px;min-width:220px;padding:6px;border-radius:10px;box-shadow:0 8px 24px #0004;display:flex;flex-direction:column;gap:2px}
:host([data-floating]) .menu{top:auto;bottom:100%;left:auto;right:0}
.label{font-size:11px;text-transform:uppercase;color:var(--m);padding:6px 8px 2px}
.item{display:flex;gap:6px;padding:6px 8px;border:0;border-radius:6px;background:none;text-align:left;cursor:pointer;text-decoration:none}
.item:hover,.item:focus{background:var(--h);outline:0}
.item[aria-checked=true]{font-weight:700;color:var(--a)}
.rates{display:grid;grid-template-columns:repeat(5,1fr)}
.rates .item{justify-content:center}
.rates [aria-checked=true]{background:var(--a);color:var(--af)}
.menu p{margin:6px}`;
