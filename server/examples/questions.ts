// The analysts' questions as ready-made GraphQL operations, one `.graphql` file each beside this
// module, numbered in the order the design lists them. GraphiQL opens with them as tabs and the
// docs/api.md's examples section is generated from them (test/docs/api-examples.test.ts keeps the two equal),
// so the operations an analyst reads about are the ones they can run.
import { join } from 'node:path';
import { projectFile } from '../project-files.ts';
import { readFileSync, readdirSync } from 'node:fs';

export interface Question {
  /** 1-based, from the file name's number. */
  number: number;
  /** The file's first line, a `#` comment: the question in words. */
  title: string;
  /** The operation without its title comment. */
  query: string;
}

const dir = projectFile('server', 'examples');
const FILE = /^(\d+)-[a-z0-9-]+\.graphql$/;

let cached: Question[] | undefined;

/** Every question, in order; read once. */
export function analystQuestions(): Question[] {
  cached ??= readdirSync(dir)
    .filter((f) => FILE.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const [first, ...rest] = text.split('\n');
      if (!first?.startsWith('# '))
        throw new Error(`${file} must start with the question as a '# ' comment line`);
      return {
        number: Number(FILE.exec(file)![1]),
        title: first.slice(2).trim(),
        query: rest.join('\n'),
      };
    });
  return cached;
}

/** The operation as a GraphiQL tab shows it: the question as a comment above the query. */
export const asDocument = (q: Question): string => `# ${q.number}. ${q.title}\n${q.query}`;
