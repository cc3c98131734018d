/** Reading content files, with problems that name the file. Shared by the content loaders. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';

/** Files with the given ending below a folder (recursively), sorted; none if the folder is missing. */
export function filesIn(dir: string, ...endings: string[]): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...filesIn(full, ...endings));
    else if (endings.some((e) => name.endsWith(e))) found.push(full);
  }
  return found;
}

export function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/** Parse a YAML file; on a syntax error, record a problem naming `where` and return undefined. */
export function readYaml(file: string, where: string, problems: string[]): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${where}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}
