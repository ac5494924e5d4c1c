/**
 * A list badge's CSS, shared by every badge's closed shadow root. The host is the same box for
 * every title, on the lists or not (docs/architecture.md, List badges): all the state, the "+",
 * the theme and the dimming of completed titles live inside, where a page script cannot look.
 * Classes (short: the CSS ships in every list badges' script): `w` the wrapper, `k` on a dark page,
 * `d` dimmed (a completed title), `h` its row hovered or focused, `o` the menu open; `b` the state
 * (`n`, `x`: its longer numbers in smaller type, whole in the 60 px box);
 * `a` the "+" toolbar, `p` its "+", `m` its "▾".
 */
export const BADGE_CSS = `:host{all:initial;display:inline-block!important;box-sizing:border-box;width:60px!important;height:18px!important;margin:0 0 0 6px;vertical-align:middle}
.w{position:relative;display:block;width:100%;height:100%;font:600 11px/16px system-ui,sans-serif;--b:#eef3f8;--f:#0b5fa5;--l:#c9d6e3}
.w.k{--b:#22303e;--f:#8cc8ff;--l:#3a4a5b}
.b{display:block;box-sizing:border-box;width:100%;height:100%;padding:0 3px;border:1px solid var(--l);border-radius:9px;background:var(--b);color:var(--f);text-align:center;white-space:nowrap;overflow:hidden}
.b.n{font-size:10px}.b.x{font-size:9px;letter-spacing:-.2px}
.w.d .b{opacity:.45;filter:grayscale(1)}
.a{display:flex;opacity:0}
.w.h .a,.w.o .a,.a:focus-within{opacity:1}
[hidden]{display:none!important}
button{all:unset;box-sizing:border-box;height:18px;border:1px solid var(--l);background:var(--b);color:var(--f);text-align:center;cursor:pointer;opacity:.75}
button:hover,button:focus-visible{opacity:1}
button:focus-visible,.b:focus-visible{outline:2px solid var(--f);outline-offset:1px}
.p{width:22px;border-radius:9px 0 0 9px}.m{width:16px;border-left:0;border-radius:0 9px 9px 0}
[role=menu]{position:absolute;top:20px;left:0;z-index:2147483646;display:flex;flex-direction:column;min-width:120px;padding:2px;border:1px solid var(--l);border-radius:6px;background:var(--b)}
[role=menu] button{height:22px;padding:0 8px;border:0;text-align:left;opacity:1}
[data-t]::before{content:attr(data-t)}`;
