/**
 * A list badge's CSS, inside its closed shadow root. Fixed size, so the host list never shifts and
 * the badge's width tells a page script nothing about its words. Light by default; dark when the
 * host says data-theme=dark (read from the page around the list).
 */
export const BADGE_CSS = `:host{all:initial;display:inline-block!important;box-sizing:border-box;width:46px!important;height:18px!important;margin:0 0 0 6px;vertical-align:middle;overflow:hidden;--b:#eef3f8;--f:#0b5fa5;--l:#c9d6e3}
:host([data-theme=dark]){--b:#22303e;--f:#8cc8ff;--l:#3a4a5b}
.b{display:block;box-sizing:border-box;width:100%;height:100%;padding:0 4px;border:1px solid var(--l);border-radius:9px;background:var(--b);color:var(--f);font:600 11px/16px system-ui,sans-serif;text-align:center;white-space:nowrap;overflow:hidden;text-overflow:clip}
.b::before{content:attr(data-t)}`;
