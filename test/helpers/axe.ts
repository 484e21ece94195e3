/**
 * Runs axe-core on an element, looking into its shadow root, and fails with
 * a readable list of violations (rule, impact, target, help) when any exist.
 */
import 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options?: RunOptions): Promise<AxeResults> };
  }
}

export async function expectNoAxeViolations(element: Element, state = ''): Promise<void> {
  const results = await window.axe.run(element, { resultTypes: ['violations'] });
  if (results.violations.length > 0) {
    const report = results.violations
      .map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n    ')}`)
      .join('\n');
    throw new Error(`axe found ${results.violations.length} violation(s)${state ? ` in state "${state}"` : ''}:\n${report}`);
  }
}
