/**
 * `loadPart`: a content script's rarely used code, put into the sender's own tab and frame, in its
 * isolated world (docs/architecture.md, Loading code on demand). The part is one of a fixed list,
 * named, never a file the sender gives; the router lets only our content scripts ask.
 */
import { browser } from 'wxt/browser';
import { SimklError } from '../../errors';
import { PART_FILES, type PartName } from '../../messaging/part-names';
import type { PartHandlers } from '../intents/handler-types';

/** Runs a package file in one frame of one tab, in the extension's isolated world. */
export type InjectFile = (tabId: number, frameId: number, file: string) => Promise<unknown>;

export const injectIntoIsolatedWorld: InjectFile = (tabId, frameId, file) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });

export function createPartHandlers(inject: InjectFile = injectIntoIsolatedWorld): PartHandlers {
  return {
    async loadPart({ part }, { from, tabId, frameId }) {
      if (from !== 'content' || tabId === undefined) throw new SimklError('internal', 'loadPart: not a tab');
      const file = PART_FILES[part as PartName];
      try {
        await inject(tabId, frameId ?? 0, file);
      } catch (error) {
        // The tab closed or navigated, or its host's access was withdrawn: the script says so.
        throw new SimklError(
          'internal',
          `loadPart ${part}: ${error instanceof Error ? error.message : error}`,
        );
      }
      return { loaded: true };
    },
  };
}
