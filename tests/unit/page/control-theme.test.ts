import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MountedControl, mountControl } from '../../../lib/page/control/mount-control';
import { stubI18n } from './helpers';

/** The site's stylesheet, arriving after the control was placed: a dark page. */
const DARK_SITE = 'body{background-color:rgb(18,18,18)}';

let control: MountedControl | undefined;

beforeEach(() => {
  stubI18n();
  document.body.innerHTML = '<h1 id="title">Doctor Who</h1>';
});

afterEach(() => {
  control?.remove();
  control = undefined;
  document.head.replaceChildren();
  document.body.replaceChildren();
  document.body.removeAttribute('class');
});

function mounted(): HTMLElement {
  control = mountControl(document, document.getElementById('title'), { media: undefined, revision: 0 });
  return control.host;
}

function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

describe("the control's theme follows the page once its styles apply", () => {
  it('turns dark when the dark stylesheet that came late has loaded', () => {
    const host = mounted();
    expect(host.getAttribute('data-theme')).toBe('light');
    addStyle(DARK_SITE).dispatchEvent(new Event('load'));
    expect(host.getAttribute('data-theme')).toBe('dark');
  });

  it('reads the page again when the window has loaded (styles a script inserted)', () => {
    const host = mounted();
    addStyle(DARK_SITE);
    expect(host.getAttribute('data-theme')).toBe('light');
    window.dispatchEvent(new Event('load'));
    expect(host.getAttribute('data-theme')).toBe('dark');
  });

  it("follows the site's own dark mode switch on the body", async () => {
    addStyle('body.night{background-color:rgb(10,10,10)}');
    const host = mounted();
    expect(host.getAttribute('data-theme')).toBe('light');
    document.body.classList.add('night');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.getAttribute('data-theme')).toBe('dark');
    document.body.classList.remove('night');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.getAttribute('data-theme')).toBe('light');
  });

  it('leaves other loads alone, and stops following once removed', () => {
    const host = mounted();
    const image = document.createElement('img');
    document.body.append(image);
    addStyle(DARK_SITE);
    image.dispatchEvent(new Event('load'));
    expect(host.getAttribute('data-theme')).toBe('light');
    control?.remove();
    control = undefined;
    addStyle('').dispatchEvent(new Event('load'));
    window.dispatchEvent(new Event('load'));
    expect(host.getAttribute('data-theme')).toBe('light');
  });
});
