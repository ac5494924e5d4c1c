/**
 * The menu's and its questions' CSS, which comes with the menu's part (menu-part.ts) and joins the
 * control's own (control-styles.ts, whose rules about what a page can measure hold here too).
 */
export const MENU_CSS = `.menu{z-index:2147483647;width:240px;box-sizing:border-box;padding:6px;border-radius:10px;box-shadow:0 8px 24px #0004;gap:2px}
.label{font-size:11px;text-transform:uppercase;color:var(--m);padding:6px 8px 2px}
.item{display:block;box-sizing:border-box;width:100%;padding:6px 8px;border:0;border-radius:6px;background:none;text-align:left;cursor:pointer;text-decoration:none;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.item:hover,.item:focus{background:var(--h);outline:0}
.item[aria-checked=true]{font-weight:700;color:var(--a)}
.rates{display:grid;grid-template-columns:repeat(5,1fr)}
.rates .item{text-align:center}
.rates [aria-checked=true]{background:var(--a);color:var(--af)}
.menu p{margin:6px}`;
