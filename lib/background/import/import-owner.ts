/**
 * Whose import it is (docs/architecture.md, The import). The preview's plan and the job name the Simkl
 * user they were made for, as the outbox's writes do (lib/outbox/owner.ts): only that user's session
 * confirms the plan or posts the job. Another user's job waits for its user to sign in again, or is
 * discarded by an explicit Discard; it is never posted under the account signed in now.
 */
import type { UserRef } from '../../library/types';
import type { ImportView } from '../../messaging';
import type { ImportJob } from './import-job';

/** The signed-in Simkl user; null while signed out or while nobody can tell who it is. */
export type ImportViewer = UserRef | null;

/** Whether this plan or job is the signed-in user's own (never while signed out). */
export function isOwnedBy(record: { user?: UserRef }, viewer: ImportViewer): boolean {
  return viewer !== null && record.user?.id === viewer.id;
}

/**
 * A job an older version stored names no user. That version posted it under whoever was signed in,
 * so what it already sent is in the account signed in when this version takes over: the job goes on
 * there, and from then on only there. The outbox lets such a write go with any later session too;
 * an import is thousands of items, so it is bound to the first session that finds it instead of
 * following every later sign-in. Null: nothing to adopt (it has a user, or nobody is signed in).
 */
export function adoptedJob(job: ImportJob, viewer: ImportViewer): ImportJob | null {
  if (job.user || viewer === null) return null;
  return { ...job, user: { id: viewer.id, name: viewer.name } };
}

/** For the views: the user another user's job waits for (absent for the signed-in user's own job). */
export function waitsFor(job: ImportJob, viewer: ImportViewer): ImportView['waitsFor'] {
  if (!job.user || isOwnedBy(job, viewer)) return undefined;
  return { user: job.user.id, name: job.user.name };
}
