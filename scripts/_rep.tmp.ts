import { readFileSync } from 'node:fs';
import { analyzeInput } from '/work/wt-fixA/src/core/analysis/analyzeInput';
import { formatDiagnosisMarkdown } from '/work/wt-fixA/src/core/report/formatDiagnosisMarkdown';
import { formatDiagnosisReport } from '/work/wt-fixA/src/core/report/formatDiagnosisReport';
const [file, mode] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const a = analyzeInput(text, { now: new Date('2026-11-26T17:05:00Z') });
const r = a;
if (mode === 'json') console.log(JSON.stringify(a, null, 1).slice(0, 20000));
else {
  console.log(formatDiagnosisMarkdown(r));
  console.log('------');
  console.log(formatDiagnosisReport(r));
}
