/**
 * The in-page control's CSS, injected into its shadow root: the site's styles cannot reach in and
 * ours cannot leak out. Light by default; dark when the host says data-theme=dark (the runner
 * reads the site's background, then the system preference). Kept terse: it ships in every
 * content script.
 *
 * What a page script can measure must not depend on what the control says (mount-control.ts):
 * - the host is a box of one size, whatever the label: as wide as the widest label the control can
 *   show in this locale (mount-control.ts measures it), so a label is whole in any state; only an
 *   error's longer words, or a label on a screen narrower than the box, are cut with an ellipsis
 *   (the accessible name has them whole).
 *   The box's size is !important: for !important rules the shadow tree's styles win over the page's,
 *   even over an inline `style="width:auto !important"`, so the page cannot let the box follow its
 *   content to measure it (what else the page restyles on the host changes nothing it can measure:
 *   the label is clipped inside). `contain: size` keeps the box from following its content anyway
 *   (not `layout`: that would make the host a stacking context that the page's layers cover);
 * - the menu has the same entries and the same size for every state of the same title (entries
 *   that do not apply are shown disabled), so hit-testing it says nothing either;
 * - every word is generated content (`[data-t]::before`, see dom.ts), which `window.find()` does
 *   not search; no transitions or animations (`document.getAnimations()` would list them).
 */
export const CONTROL_CSS = `:host{all:initial;display:inline-block!important;opacity:1!important;visibility:visible!important;width:280px!important;max-width:calc(100vw - 48px)!important;height:32px!important;contain:size!important;margin:6px 0;vertical-align:middle;font:14px/1.3 system-ui,sans-serif;--b:#fff;--f:#111418;--m:#5b6470;--l:#d5dae1;--a:#0b7bd6;--af:#fff;--h:#eef3f8;--x:#c62828}
:host([data-theme=dark]){--b:#1c2026;--f:#f1f3f5;--m:#a3acb8;--l:#3a414b;--a:#3ea6ff;--af:#0b0d10;--h:#2a3039;--x:#ff7b72}
:host([data-floating]){position:fixed;right:16px;bottom:16px;z-index:2147483646;margin:0}
[data-t]::before{content:attr(data-t)}
.fit{position:absolute;visibility:hidden;display:grid;width:max-content}
.r,.w{height:100%}
.w{position:relative;display:flex;align-items:center}
:host([data-floating]) .w{justify-content:flex-end}
button,a{font:inherit;color:inherit}
.main,.menu,.note{border:1px solid var(--l);background:var(--b);color:var(--f)}
.main{display:inline-flex;align-items:center;gap:6px;box-sizing:border-box;height:100%;max-width:100%;padding:0 12px;border-radius:99px;cursor:pointer;white-space:nowrap}
.name{min-width:0;overflow:hidden;text-overflow:ellipsis}
.main[data-listed]{background:var(--a);color:var(--af);border-color:var(--a)}
:focus-visible{outline:2px solid var(--a);outline-offset:2px}
.dot{flex:none;width:7px;height:7px;border-radius:50%;background:currentColor;opacity:.5}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.menu,.notes{position:absolute;top:100%;left:0;margin-top:4px;display:flex;flex-direction:column}
.notes{z-index:2147483646;align-items:flex-start;gap:4px;width:280px}
.note{margin:0;padding:4px 8px;border-radius:6px;font-size:12px;color:var(--x)}
.note.i{color:var(--f)}
.note button{margin-left:4px;padding:2px 10px;border:1px solid var(--l);border-radius:99px;background:var(--b);cursor:pointer}
.note [data-k=track-yes]{background:var(--a);color:var(--af);border-color:var(--a)}
.notes[data-up]{top:auto;bottom:100%;margin:0 0 4px}
:host([data-floating]) .menu,:host([data-floating]) .notes{top:auto;bottom:100%;left:auto;right:0;margin:0 0 4px}
[aria-disabled=true]{cursor:default;color:var(--m)}`;
