import type { Command } from 'commander';
import { CORE_CATEGORIES, accuracyReport, compareWithLabels, readLabels, runRuleExamples } from '../audit/index.js';
import { formatAccuracy } from '../report/index.js';
import { formatProblem, loadRuleSet, readPackFile } from '../ruleset/index.js';
import { CliError, USAGE_ERROR } from './cli-error.js';
import { collect, splitList } from './parse-options.js';

/** `contract-audit rules list|validate|test`. */
export function configureRulesCommand(program: Command): void {
  const rules = program.command('rules').description('list, validate and test rule packs');

  rules
    .command('list')
    .description('list the active rules (id, category, severity, title)')
    .option('-r, --rules <file>', 'add a rule pack (repeatable)', collect)
    .option('-p, --profile <name>', 'profile whose severities to show', 'msp')
    .option('--pack <names>', 'only these bundled packs (comma-separated)', splitList)
    .action(async (options: { rules?: string[]; profile: string; pack?: string[] }) => {
      const ruleSet = await loadRuleSet({ profile: options.profile, ...(options.rules ? { ruleFiles: options.rules } : {}), ...(options.pack ? { packs: options.pack } : {}) });
      const rows = ruleSet.rules.map((rule) => [rule.id, rule.category, rule.severity, rule.pack, rule.title]);
      const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length), 8));
      for (const row of rows) process.stdout.write(`${row.map((cell, column) => (column < 4 ? cell.padEnd(widths[column] ?? 0) : cell)).join('  ')}\n`);
      process.stdout.write(`${rows.length} rules, profile ${ruleSet.profile}\n`);
    });

  rules
    .command('validate')
    .description('check rule files and print every problem as file:line:col')
    .argument('<files...>', 'rule files (YAML)')
    .action(async (files: string[]) => {
      const problems = (await Promise.all(files.map((file) => readPackFile(file)))).flatMap((result) => result.problems);
      for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
      if (problems.length > 0) throw new CliError(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`, USAGE_ERROR);
      process.stdout.write(`${files.length} rule file${files.length === 1 ? '' : 's'} valid\n`);
    });

  rules
    .command('test')
    .description("run every rule's examples and report failures and statuses without an example")
    .argument('[files...]', 'rule files to test (default: the bundled packs)')
    .action(async (files: string[]) => {
      const ruleSet = await loadRuleSet(files.length > 0 ? { bundled: false, ruleFiles: files } : {});
      const results = await runRuleExamples(ruleSet);
      let failed = 0;
      let gaps = 0;
      for (const result of results) {
        if (result.ok) continue;
        if (result.text === undefined) {
          gaps++;
          process.stdout.write(`coverage  ${result.ruleId}: ${result.message}\n`);
        } else {
          failed++;
          process.stdout.write(`FAIL      ${result.ruleId}: expected ${result.expected}, got ${result.actual ?? 'nothing'} (${result.message ?? ''})\n          ${JSON.stringify(result.text)}\n`);
        }
      }
      const passed = results.filter((result) => result.ok).length;
      process.stdout.write(`${passed} passed, ${failed} failed${gaps > 0 ? `, ${gaps} coverage gaps` : ''}\n`);
      if (failed > 0) process.exitCode = 1;
    });

  rules
    .command('eval')
    .description('measure the rules against hand labels: per-category confusion, accuracy and gap precision/recall')
    .argument('<folder>', 'folder of documents named <id>.<ext>')
    .requiredOption('-l, --labels <file>', 'labels file: documents: {<id>: {<category>: {status: present|ambiguous|missing}}}')
    .option('--ext <list>', 'extensions to audit for each labelled id', 'pdf,docx,md')
    .option('--categories <which>', "'all' labelled categories, or 'core' (the five core ones)", 'all')
    .option('-r, --rules <file>', 'add a rule pack (repeatable)', collect)
    .option('-p, --profile <name>', 'profile to judge with', 'msp')
    .option('--pack <names>', 'only these bundled packs (comma-separated)', splitList)
    .option('--min-accuracy <percent>', 'exit 1 when overall accuracy is below this', Number)
    .action(async (folder: string, options: { labels: string; ext: string; categories: string; rules?: string[]; profile: string; pack?: string[]; minAccuracy?: number }) => {
      const ruleSet = await loadRuleSet({ profile: options.profile, ...(options.rules ? { ruleFiles: options.rules } : {}), ...(options.pack ? { packs: options.pack } : {}) });
      let labels;
      try {
        labels = await readLabels(options.labels);
      } catch (error) {
        throw new CliError(`cannot read labels ${options.labels}: ${(error as Error).message}`, USAGE_ERROR);
      }
      const core: readonly string[] = CORE_CATEGORIES;
      const comparisons = (await compareWithLabels(folder, labels, ruleSet, options.ext.split(','))).filter((item) => options.categories !== 'core' || core.includes(item.category));
      if (comparisons.length === 0) throw new CliError(`no labelled documents found in ${folder} (looked for <id>.${options.ext.split(',').join('|')})`, USAGE_ERROR);
      const report = accuracyReport(comparisons);
      process.stdout.write(formatAccuracy(report));
      if (options.minAccuracy !== undefined && report.overall.accuracy * 100 < options.minAccuracy) process.exitCode = 1;
    });
}
