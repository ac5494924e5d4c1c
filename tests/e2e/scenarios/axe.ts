/**
 * Accessibility with axe-core inside the extension's pages. The script is evaluated through the driver
 * (DevTools / BiDi), which the pages' CSP does not block, unlike an injected <script> tag.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../harness/build-output';
import type { AnyPage } from '../harness/pages';
import { evaluate } from './extension-pages';

const AXE_SOURCE = fs.readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  nodes: string[];
}

interface AxeGlobal {
  axe: {
    run(
      context: Document,
      options: { resultTypes: string[] },
    ): Promise<{
      passes: unknown[];
      violations: Array<{ id: string; impact?: string | null; nodes: Array<{ target: unknown[] }> }>;
    }>;
  };
}

/** The serious and critical violations on the page as it is now. */
export async function seriousViolations(page: AnyPage): Promise<AxeFinding[]> {
  await (page as { evaluate(source: string): Promise<unknown> }).evaluate(`${AXE_SOURCE}\n;0`);
  const { checked, findings } = await evaluate(
    page,
    async () => {
      const { axe } = globalThis as unknown as AxeGlobal;
      const { passes, violations } = await axe.run(document, { resultTypes: ['violations'] });
      const found = violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
      }));
      return { checked: passes.length + violations.length, findings: found };
    },
    null,
  );
  // No rule at all means axe looked at nothing (an empty page): that must not pass as "accessible".
  if (checked < 10) throw new Error(`axe applied only ${checked} rules: is the page rendered?`);
  return findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
}
