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

/** Add entries to a map by id, each with its file; a repeated id is a problem naming both files. */
export function addEntries<E extends { id: string }>(found: Map<string, E & { file: string }>, entries: readonly E[], file: string, what: string, problems: string[]): void {
  for (const entry of entries) {
    const first = found.get(entry.id);
    if (first) problems.push(`${file}: ${what} "${entry.id}": duplicate id, already in ${first.file}`);
    else found.set(entry.id, { ...entry, file });
  }
}
