import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// axe-core for both browsers' suites. It goes into a page through the automation protocol's
// evaluate (CDP or WebDriver BiDi): an injected <script> tag is rightly refused by the extension's
// CSP (script-src 'self'), and the refused attempt would itself count as a CSP violation.

let source: string | undefined;

/** axe-core's script, to evaluate in a page. */
export const axeSource = () => {
  source ??= readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  return source;
};

/** Runs in the page once axe is in (WCAG 2.x A and AA, best practices): "id: help (targets)" each. */
export async function axeSummaryIn(): Promise<string[]> {
  interface AxeViolation {
    id: string;
    help: string;
    nodes: { target: string[] }[];
  }
  const axe = Reflect.get(window, 'axe') as { run(): Promise<{ violations: AxeViolation[] }> };
  const { violations } = await axe.run();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
