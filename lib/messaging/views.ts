/**
 * The answers the background gives the pages (content scripts, popup, options) for each intent of
 * lib/messaging.ts, one file per feature: a title, the account, the queue, the options' data, the
 * calendar and the episodes. Imported from here as before.
 */
export * from './account-views';
export * from './data-views';
export * from './episode-views';
export * from './item-views';
export * from './pending-views';
export * from './upcoming-views';
