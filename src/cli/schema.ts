import type { Command } from 'commander';
import { recordJsonSchema } from '../record.js';

export function registerSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description('Print the JSON Schema of an output record (generated from the zod schema).')
    .addHelpText(
      'after',
      "\nExample:\n  $ arnews schema > record.schema.json\n  $ arnews schema | jq '.properties | keys'",
    )
    .action(() => {
      process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
    });
}
