// Every unit test gets a fresh in-memory IndexedDB and a clean fake browser that speaks English, as
// the background's words (a waiting write's label, an error) are the browser's i18n messages.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from './helpers/messages';

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;
});
