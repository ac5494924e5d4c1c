/**
 * The new-episode alerts' check as a part of the background of its own (docs/architecture.md, "Loading
 * code on demand"): loaded after a sync only when the user turned the alerts on.
 */
import { createAlerts } from './alerts-job';

export const alertsPart = { createAlerts };

export type AlertsPart = typeof alertsPart;
