export type {
  AccountHandlers,
  AccountIntent,
  HandlerContext,
  IntentHandler,
  IntentHandlers,
  ItemHandlers,
  ItemIntent,
} from './handler-types';
export { ITEM_INTENTS } from './handler-types';
export { createItemHandlers, type ItemServices } from './item-handlers';
export { connectRevisions, createRevisions, type RevisionName, type Revisions } from './revisions';
export { createRouter, type Router } from './router';
export { type SenderInfo, type SenderRules, senderKind } from './sender';
