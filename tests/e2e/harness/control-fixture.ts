/**
 * A minimal stand-in for the in-page control, with the same host attribute, closed shadow root, words
 * drawn from `data-t` attributes and test hooks as the real one, so the pages.ts helpers are tested in
 * both browsers without the extension.
 */
import type { AnyPage } from './pages';

const HTML = `<!doctype html><body><div data-simkl-control></div><script>
const root = document.querySelector('[data-simkl-control]').attachShadow({ mode: 'closed' });
root.innerHTML = '<style>[data-t]::before{content:attr(data-t)}</style>' +
  '<button data-testid="simkl-button"><span data-t="Add to Simkl"></span></button><div id="menu" hidden>' +
  '<button data-status="plantowatch"><span data-t="Plan to Watch"></span></button>' +
  '<button data-status="completed"><span data-t="Completed"></span></button>' +
  '<button data-rating="8"><span data-t="8"></span></button><button data-action="remove"><span data-t="Remove"></span></button></div>' +
  '<div id="ask" hidden><button data-action="confirm"><span data-t="Confirm"></span></button></div>';
const button = root.querySelector('[data-testid]');
const label = button.firstChild;
const menu = root.getElementById('menu');
const settle = (text) => { menu.hidden = true; label.dataset.t = '…'; setTimeout(() => { label.dataset.t = text; }, 200); };
button.onclick = () => { menu.hidden = !menu.hidden; };
for (const entry of root.querySelectorAll('[data-status]')) entry.onclick = () => settle(entry.firstChild.dataset.t);
root.querySelector('[data-rating]').onclick = () => settle(label.dataset.t + ' ★8');
// Removing asks first, as the real control does: only the confirmation removes.
const ask = root.getElementById('ask');
root.querySelector('[data-action="remove"]').onclick = () => { menu.hidden = true; ask.hidden = false; };
root.querySelector('[data-action="confirm"]').onclick = () => { ask.hidden = true; settle('Add to Simkl'); };
</script>`;

export async function showControlFixture(page: AnyPage): Promise<void> {
  await page.setContent(HTML);
}
