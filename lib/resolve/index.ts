export { type CachedAnswer, cachedHits, cachedSimklIds, openResolveDb, resolveCache } from './cache';
export { idLookups, pickItem } from './id-queries';
export { type LookupTarget, lookupTarget, type MediaRef, simklTypesFor, tmdbTypeFor } from './kinds';
export { createResolver, type Resolver, type ResolverOptions } from './resolver';
