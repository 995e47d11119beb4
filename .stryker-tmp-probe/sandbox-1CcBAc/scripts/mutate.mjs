// @ts-nocheck
// `npm run mutate [-- area ...]`: mutation testing of lib/ with StrykerJS (stryker.config.mjs), one
// folder of lib/ at a time, each with its own incremental file and HTML and JSON report under
// reports/mutation/. Folder by folder, so that an interrupted run keeps what it finished and one
// area can be run again on its own; then the score of every area and of lib/ as a whole, with
// the surviving mutants that docs/mutation.md does not explain.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const REPORTS = path.join(ROOT, 'reports', 'mutation');
const AREAS = fs
  .readdirSync(path.join(ROOT, 'lib'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const chosen = args.filter((a) => !a.startsWith('--'));
for (const area of chosen) {
  // A folder, or some of its files as a glob (`rules/{json,names}.ts`): a long folder can run in
  // parts, each with its own report, so that a run cut short keeps the parts it finished.
  const folder = area.split('/')[0];
  if (!AREAS.includes(folder) || (area !== folder && !area.endsWith('.ts'))) {
    console.error(`mutate: "${area}" is neither a folder of lib/ (${AREAS.join(', ')}) nor files of one (rules/{json,names}.ts)`);
    process.exit(1);
  }
}

if (!summaryOnly) {
  for (const area of chosen.length > 0 ? chosen : AREAS) {
    console.log(`mutate: lib/${area}/`);
    const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, MUTATE_AREA: area },
    });
    if (run.status !== 0) {
      console.error(`mutate: stryker failed on lib/${area}/ (exit ${run.status})`);
      process.exit(run.status ?? 1);
    }
  }
}

/** `| lib/x.ts:12:5 | Mutator | reason |` rows of docs/mutation.md: survivors judged equivalent. */
function equivalents() {
  const text = fs.readFileSync(path.join(ROOT, 'docs', 'mutation.md'), 'utf8');
  const rows = new Map();
  for (const match of text.matchAll(/^\| `(lib\/[^`:]+):(\d+):(\d+)` \| (\w+) \| (.+) \|$/gm)) {
    rows.set(`${match[1]}:${match[2]}:${match[3]} ${match[4]}`, match[5].trim());
  }
  return rows;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const explained = equivalents();
const used = new Set();
const totals = new Map();
const unexplained = [];
// Each source file's mutants from the newest report that has them (a folder's, or a part's).
const latest = new Map();
const reports = fs.existsSync(REPORTS)
  ? fs.readdirSync(REPORTS).filter((f) => f.endsWith('.json') && !f.endsWith('.incremental.json'))
  : [];
for (const file of reports.map((f) => path.join(REPORTS, f)).sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs)) {
  for (const [source, { mutants }] of Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')).files)) latest.set(source, mutants);
}
for (const area of AREAS) {
  const sources = [...latest.keys()].filter((source) => source.startsWith(`lib/${area}/`)).sort();
  if (sources.length === 0) continue;
  const counts = { detected: 0, undetected: 0, equivalent: 0, errors: 0 };
  for (const source of sources) {
    for (const mutant of latest.get(source)) {
      if (DETECTED.has(mutant.status)) counts.detected++;
      else if (UNDETECTED.has(mutant.status)) {
        counts.undetected++;
        const key = `${source}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName}`;
        if (explained.has(key)) {
          counts.equivalent++;
          used.add(key);
        } else {
          unexplained.push(
            `${source}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.status} ${mutant.mutatorName}`,
          );
        }
      } else if (mutant.status === 'CompileError' || mutant.status === 'RuntimeError') counts.errors++;
    }
  }
  totals.set(area, counts);
}

if (totals.size === 0) {
  console.error('mutate: no report under reports/mutation/ yet; run npm run mutate');
  process.exit(1);
}
const score = (c) => ((100 * c.detected) / Math.max(1, c.detected + c.undetected)).toFixed(2);
const rows = [...totals].map(([area, c]) => ({ area: `lib/${area}/`, ...c, score: score(c) }));
const all = rows.reduce(
  (sum, r) => ({
    detected: sum.detected + r.detected,
    undetected: sum.undetected + r.undetected,
    equivalent: sum.equivalent + r.equivalent,
    errors: sum.errors + r.errors,
  }),
  { detected: 0, undetected: 0, equivalent: 0, errors: 0 },
);
// Files no report covers (a folder not run, or the parts of one not run yet) count in no row.
console.table([...rows, { area: 'all reported', ...all, score: score(all) }]);
console.log(`Mutation score (Stryker's: killed and timed out over all covered or not): ${score(all)}%`);
console.log(`${all.equivalent} surviving mutants are listed as equivalent in docs/mutation.md; ${unexplained.length} are not.`);
for (const line of unexplained.slice(0, 50)) console.log(`  ${line}`);
if (unexplained.length > 50) console.log(`  ... and ${unexplained.length - 50} more (reports/mutation/<area>.html)`);
const stale = [...explained.keys()].filter((key) => !used.has(key) && totals.has(key.split('/')[1]));
for (const key of stale) console.log(`docs/mutation.md lists ${key}, which no longer survives: remove the row`);
