// Module boundaries and import cycles (part of `npm run lint`): the rules of .dependency-cruiser.cjs,
// run through dependency-cruiser's API (its command line refuses Node 20, which ProPass supports).
// `node scripts/check-dependencies.mjs [paths…]` checks other paths (default: server, web/src, contracts).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise } from 'dependency-cruiser';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs');
const paths = process.argv.slice(2);

const result = await cruise(paths.length ? paths : ['server', 'web/src', 'contracts'], {
  ...config.options,
  validate: true,
  ruleSet: { forbidden: config.forbidden },
  outputType: 'json',
});
const { summary } = JSON.parse(result.output);
const problems = summary.violations.filter((v) => v.rule.severity === 'error');
if (problems.length) {
  console.error(`Dependency problems (${problems.length}, rules in .dependency-cruiser.cjs):`);
  for (const v of problems) {
    const where = v.cycle ? [v.from, ...v.cycle.map((c) => c.name ?? c)].join(' → ') : `${v.from} → ${v.to}`;
    console.error(`  - ${v.rule.name}: ${where}`);
  }
  process.exit(1);
}
console.log(`Dependencies: ok (${summary.totalCruised} files, ${summary.totalDependenciesCruised} imports)`);
