/**
 * WXT's fakeBrowser as it was before any test touched it. Unit files share one module graph (the unit
 * project runs without per-file isolation, see docs/architecture.md, Tests), so a method a test
 * replaced by assignment (`fakeBrowser.tabs.sendMessage = vi.fn(…)`, `Object.assign(fakeBrowser.permissions, …)`)
 * would stay replaced for every later file: `fakeBrowser.reset()` clears the fake's state, not
 * its methods. The snapshot is taken once, when this module is first imported (it is cached, unlike
 * the setup file that runs before each file).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Properties = Map<PropertyKey, PropertyDescriptor>;

const ownProperties = (value: object): Properties =>
  new Map(Reflect.ownKeys(value).map((key) => [key, Object.getOwnPropertyDescriptor(value, key)!]));

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** The fake browser's own properties, and each namespace's (tabs, runtime, permissions…). */
const baseline = new Map<object, Properties>([[fakeBrowser, ownProperties(fakeBrowser)]]);
for (const descriptor of baseline.get(fakeBrowser)!.values()) {
  if (isObject(descriptor.value)) baseline.set(descriptor.value, ownProperties(descriptor.value));
}

/** Puts back every property a test replaced, added or deleted on the fake browser and its namespaces. */
export function restoreFakeBrowser(): void {
  for (const [target, properties] of baseline) {
    for (const key of Reflect.ownKeys(target)) {
      if (!properties.has(key)) Reflect.deleteProperty(target, key);
    }
    for (const [key, descriptor] of properties) {
      const now = Object.getOwnPropertyDescriptor(target, key);
      if (now?.value !== descriptor.value || now?.get !== descriptor.get) {
        Object.defineProperty(target, key, descriptor);
      }
    }
  }
}
