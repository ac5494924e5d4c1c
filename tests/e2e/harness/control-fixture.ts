/**
 * A minimal stand-in for the in-page control, with the same host attribute, open shadow root and test
 * hooks as the real one, so the pages.ts helpers are tested in both browsers without the extension.
 */
import type { AnyPage } from './pages';

const HTML = `<!doctype html><body><div data-simkl-control></div><script>
const root = document.querySelector('[data-simkl-control]').attachShadow({ mode: 'open' });
root.innerHTML = '<button data-testid="simkl-button">Add to Simkl</button><div id="menu" hidden>' +
  '<button data-status="plantowatch">Plan to Watch</button><button data-status="completed">Completed</button>' +
  '<button data-rating="8">8</button><button data-action="remove">Remove</button></div>';
const button = root.querySelector('[data-testid]');
const menu = root.getElementById('menu');
const settle = (text) => { menu.hidden = true; button.textContent = '…'; setTimeout(() => { button.textContent = text; }, 200); };
button.onclick = () => { menu.hidden = !menu.hidden; };
for (const entry of root.querySelectorAll('[data-status]')) entry.onclick = () => settle(entry.textContent);
root.querySelector('[data-rating]').onclick = () => settle(button.textContent + ' ★8');
root.querySelector('[data-action]').onclick = () => settle('Add to Simkl');
</script>`;

export async function showControlFixture(page: AnyPage): Promise<void> {
  await page.setContent(HTML);
}
