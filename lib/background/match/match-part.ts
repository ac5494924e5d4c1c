/**
 * "Not this?" and the corrected matches' list (search, choose, undo) as a part of the background of its
 * own (docs/architecture.md, "Loading code on demand"): loaded on the first such intent. The overrides
 * themselves stay at start-up, where the resolver reads them.
 */
import { createMatchHandlers } from './match-handlers';

export const matchPart = { createMatchHandlers };

export type MatchPart = typeof matchPart;
