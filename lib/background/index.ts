export { type Badge, type BadgeServices, createBadge } from './badge-job';
export { type CalendarServices, createCalendarHandlers, UPCOMING_DAYS } from './calendar-handlers';
export { createDataHandlers, type DataServices } from './data-handlers';
export type {
  AccountHandlers,
  AccountIntent,
  DataHandlers,
  DataIntent,
  HandlerContext,
  IntentHandler,
  IntentHandlers,
  ItemHandlers,
  ItemIntent,
} from './handler-types';
export { DATA_INTENTS, ITEM_INTENTS } from './handler-types';
export { createItemHandlers, type ItemServices } from './item-handlers';
export { connectRevisions, createRevisions, type RevisionName, type Revisions } from './revisions';
export { createRouter, type Router } from './router';
export { type SenderInfo, type SenderRules, senderKind } from './sender';
