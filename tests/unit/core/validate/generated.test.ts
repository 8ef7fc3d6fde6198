// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';

// The JSON Schemas in src/core/validate/generated/ are generated from the zod schemas, which stay
// the one place a shape is written. This test fails when they drift: run `npm run schemas`.
//
// Which ones: every generated/<name>.json the source imports (a stored value's, in
// src/platform/storage-items.ts; a message's; the settings'), each from the zod schema of the same
// name, <Name>Schema (<name> in PascalCase), wherever under src/core it is declared. A schema
// needs no other listing: import its JSON where it is checked, and `npm run schemas` writes it.

const GENERATED = 'src/core/validate/generated';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

/** The names of the generated files the source imports. */
const imported = [
  ...new Set(
    sourceFiles('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\/generated\/([\w-]+)\.json['"]/g)].map((m) => m[1] as string),
    ),
  ),
].sort();

/** Every zod schema a core module exports, by its export name (a re-export is the same schema). */
const zodSchemas = new Map<string, Set<z.ZodMiniType>>();
const coreModules = import.meta.glob<Record<string, unknown>>('/src/core/**/*.ts', { eager: true });
for (const exports of Object.values(coreModules)) {
  for (const [name, value] of Object.entries(exports)) {
    if (!name.endsWith('Schema') || !(value instanceof z.ZodMiniType)) continue;
    zodSchemas.set(name, (zodSchemas.get(name) ?? new Set()).add(value));
  }
}

const schemaName = (file: string) =>
  `${file
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}Schema`;

describe('generated JSON Schemas', () => {
  it('are named after one zod schema each', () => {
    const found = imported.map((name) => [name, zodSchemas.get(schemaName(name))?.size ?? 0]);
    expect(found).toEqual(imported.map((name) => [name, 1]));
  });

  it.each(imported)('%s.json matches its zod schema', async (name) => {
    const [schema] = zodSchemas.get(schemaName(name)) ?? [];
    if (!schema) throw new Error(`no ${schemaName(name)} exported under src/core for ${name}.json`);
    // io: 'input' describes what may be stored (fields with defaults may be missing).
    const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
    await expect(`${JSON.stringify(json, null, 2)}\n`).toMatchFileSnapshot(
      `../../../../${GENERATED}/${name}.json`,
    );
  });

  it('are only the ones the source imports: none is left behind unused', () => {
    const files = readdirSync(GENERATED)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''));
    expect(files.filter((file) => !imported.includes(file))).toEqual([]);
  });
});
