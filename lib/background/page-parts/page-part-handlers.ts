/**
 * `loadPart`: a content script's rarely used code, put into the sender's own tab and frame, in its
 * isolated world (docs/architecture.md, Loading code on demand). The part is one of a fixed list,
 * named, never a file the sender gives; the router lets only our content scripts ask.
 */
import { browser } from 'wxt/browser';
import { SimklError } from '../../errors';
import { siteOfHost } from '../../hosts';
import { PART_FILES, PART_SITES, type PartName } from '../../messaging/part-names';
import type { PartHandlers } from '../intents/handler-types';
import { hostOf } from '../intents/sender';

/** Runs a package file in one frame of one tab, in the extension's isolated world. */
export type InjectFile = (tabId: number, frameId: number, file: string) => Promise<unknown>;

export const injectIntoIsolatedWorld: InjectFile = (tabId, frameId, file) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });

export function createPagePartHandlers(inject: InjectFile = injectIntoIsolatedWorld): PartHandlers {
  return {
    async loadPart({ part }, { from, tabId, frameId, url }) {
      if (from !== 'content' || tabId === undefined) throw new SimklError('internal', 'loadPart: not a tab');
      const onlyFor = PART_SITES[part as PartName];
      const host = url ? hostOf(url) : null;
      if (onlyFor && (!host || siteOfHost(host) !== onlyFor))
        throw new SimklError('internal', `loadPart ${part}: only for ${onlyFor}'s pages`);
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
