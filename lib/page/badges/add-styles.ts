/**
 * The "+" of a list entry, inside its closed shadow root. The host is absolutely positioned at its
 * inline place after the link, so showing it never moves the host list; it has one fixed size.
 * Quiet until hovered or focused; light by default, dark when the host says data-theme=dark.
 */
export const ADD_CSS = `:host{all:initial;position:absolute!important;display:inline-block!important;opacity:1!important;visibility:visible!important;width:38px!important;height:18px!important;margin:0 0 0 6px;vertical-align:middle;z-index:2147483646;--b:#eef3f8;--f:#0b5fa5;--l:#c9d6e3}
:host([data-theme=dark]){--b:#22303e;--f:#8cc8ff;--l:#3a4a5b}
button{all:unset;box-sizing:border-box;height:18px;border:1px solid var(--l);background:var(--b);color:var(--f);font:600 11px/16px system-ui,sans-serif;text-align:center;cursor:pointer;opacity:.75}
button:hover,button:focus-visible{opacity:1}button:focus-visible{outline:2px solid var(--f);outline-offset:1px}
.p{width:22px;border-radius:9px 0 0 9px}.m{width:16px;border-left:0;border-radius:0 9px 9px 0}
[role=menu]{position:absolute;top:20px;left:0;display:flex;flex-direction:column;min-width:120px;padding:2px;border:1px solid var(--l);border-radius:6px;background:var(--b)}
[role=menu][hidden]{display:none}[role=menu] button{height:22px;padding:0 8px;border:0;text-align:left;opacity:1}
[data-t]::before{content:attr(data-t)}`;
