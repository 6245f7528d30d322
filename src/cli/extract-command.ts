import type { Command } from 'commander';
import { extractFile } from '../audit/index.js';
import { formatExtractedText } from '../report/index.js';

/** `contract-audit extract FILE`: shows the normalised text the rules see. */
export function configureExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('print the normalised text of a document with page and section markers, as the rules see it')
    .argument('<file>', 'a PDF, DOCX, .txt or .md file')
    .option('--password <password>', 'password for an encrypted PDF')
    .action(async (file: string, options: { password?: string }) => {
      const document = await extractFile(file, options.password !== undefined ? { password: options.password } : {});
      if ('code' in document) {
        process.stderr.write(`${file}: unreadable [${document.code}]: ${document.message}\n`);
        process.exitCode = 3;
        return;
      }
      process.stdout.write(formatExtractedText(file.split('\\').join('/'), document));
    });
}
