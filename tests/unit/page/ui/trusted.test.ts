import { describe, expect, it, vi } from 'vitest';
import { isShownToUser, trusted } from '../../../../lib/page/ui/trusted';

/** A button in a closed shadow root on a host inside a page wrapper, as the in-page UI mounts. */
function mounted() {
  const wrapper = document.createElement('div');
  const host = document.createElement('span');
  wrapper.append(host);
  document.body.replaceChildren(wrapper);
  const root = host.attachShadow({ mode: 'closed' });
  const button = document.createElement('button');
  root.append(button);
  return { wrapper, host, button };
}

function realClick(target: Element): Event {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
  return event;
}

describe('what the user can see', () => {
  it('is the element, its host and the page around it, all shown', () => {
    expect(isShownToUser(mounted().button)).toBe(true);
  });

  it.each([
    ['the host made transparent', ({ host }: ReturnType<typeof mounted>) => (host.style.opacity = '0')],
    ['the host nearly transparent', ({ host }: ReturnType<typeof mounted>) => (host.style.opacity = '0.1')],
    [
      'two ancestors half transparent each',
      ({ host, wrapper }: ReturnType<typeof mounted>) => {
        host.style.opacity = '0.6';
        wrapper.style.opacity = '0.6';
      },
    ],
    ['the host hidden', ({ host }: ReturnType<typeof mounted>) => (host.style.visibility = 'hidden')],
    [
      'the page wrapper not displayed',
      ({ wrapper }: ReturnType<typeof mounted>) => (wrapper.style.display = 'none'),
    ],
  ])('is not %s', (_name, hide) => {
    const ui = mounted();
    hide(ui);
    expect(isShownToUser(ui.button)).toBe(false);
  });
});

describe('trusted', () => {
  it('acts on a real click on a shown element', () => {
    const { button } = mounted();
    const handler = vi.fn();
    button.addEventListener('click', trusted(handler));
    realClick(button);
    expect(handler).toHaveBeenCalledOnce();
  });

  it('ignores a script-made click', () => {
    const { button } = mounted();
    const handler = vi.fn();
    button.addEventListener('click', trusted(handler));
    button.click();
    expect(handler).not.toHaveBeenCalled();
  });

  it('ignores a real click on an element the page made invisible (clickjacking)', () => {
    const { host, button } = mounted();
    const handler = vi.fn();
    button.addEventListener('click', trusted(handler));
    host.style.opacity = '0.05';
    realClick(button);
    expect(handler).not.toHaveBeenCalled();
  });
});
