import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { parse } from '@babel/parser';
import { SourceMapConsumer } from 'source-map-js';

// The shipped build has no source maps. A second build with hidden source maps (NAPE_SOURCEMAP)
// produces byte-identical JS plus a .map per file, so positions measured in the shipped build
// (a heap snapshot's functions, a CPU profile's samples) can be named by source module.

export const SHIPPED = '.output/chrome-mv3';

/** Where the mapped twin of this worktree's build lives. */
export const MAPPED_ROOT = join(tmpdir(), `nape-bench-map-${basename(process.cwd())}`);
export const MAPPED = join(MAPPED_ROOT, 'chrome-mv3');

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
}

function twinIsCurrent(): boolean {
  if (!existsSync(MAPPED)) return false;
  return jsFiles(SHIPPED).every((f) => {
    const twin = join(MAPPED, f);
    return (
      existsSync(twin) &&
      existsSync(`${twin}.map`) &&
      readFileSync(twin).equals(readFileSync(join(SHIPPED, f)))
    );
  });
}

/** Builds the mapped twin unless one identical to the shipped build is there; fails if they differ. */
export function ensureMappedBuild(): string {
  if (twinIsCurrent()) return MAPPED;
  rmSync(MAPPED_ROOT, { recursive: true, force: true });
  // Without vitest's NODE_ENV=test, which changes the pages' chunks (not the worker's).
  const { NODE_ENV: _, ...env } = process.env;
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...env, NAPE_SOURCEMAP: '1', NAPE_OUT_DIR: MAPPED_ROOT },
    stdio: 'ignore',
  });
  const differ = jsFiles(SHIPPED).filter(
    (f) =>
      !existsSync(join(MAPPED, f)) || !readFileSync(join(MAPPED, f)).equals(readFileSync(join(SHIPPED, f))),
  );
  if (differ.length) {
    throw new Error(
      `the source-mapped build differs from .output/chrome-mv3 (${differ.join(', ')}): rebuild`,
    );
  }
  return MAPPED;
}

/**
 * What a source file is called in the bench's output: the package for a dependency, the path from
 * the project root for our own code.
 */
export function moduleName(source: string): string {
  const s = source.replace(/\\/g, '/');
  const nm = s.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = s.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] as string);
  }
  const own = s.match(/(?:^|\/)((?:src|entrypoints)\/.*)$/);
  if (own) return own[1] as string;
  if (s.includes('/.wxt/')) return 'wxt (generated)';
  return relative(process.cwd(), s.replace(/^(\.\.\/)+/, '/')) || s;
}

/** Code the map says nothing about: the bundler's own runtime (CommonJS interop) and imported JSON. */
export const UNMAPPED = '(bundle code without a source: bundler runtime, imported JSON)';

export interface SourceMapper {
  /** The module at a 0-based line and column of the built file, or null where the map is silent. */
  moduleAt(line: number, column: number): string | null;
  /**
   * The module of each variable declared at the top of the bundle's outer function (the scope every
   * module's top-level bindings share once bundled), by its minified name.
   */
  topLevelModules(): Map<string, string>;
}

/** A mapper for one built file (path relative to the build, e.g. `background.js`). */
export function sourceMapper(file: string): SourceMapper {
  const mapped = ensureMappedBuild();
  const code = readFileSync(join(mapped, file), 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(mapped, `${file}.map`), 'utf8')));
  const moduleAt = (line: number, column: number) => {
    const pos = map.originalPositionFor({
      line: line + 1,
      column,
      bias: SourceMapConsumer.GREATEST_LOWER_BOUND,
    });
    return pos.source ? moduleName(pos.source) : null;
  };
  return {
    moduleAt,
    topLevelModules() {
      const ast = parse(code, { sourceType: 'script', errorRecovery: true });
      // `var background=(function(){ …every module's top level… })();`: find that function's body.
      let body: unknown[] = ast.program.body;
      const first = ast.program.body[0];
      if (first?.type === 'VariableDeclaration') {
        let init = first.declarations[0]?.init;
        if (init?.type === 'CallExpression') {
          const callee = init.callee;
          init =
            callee.type === 'FunctionExpression' || callee.type === 'ArrowFunctionExpression' ? callee : init;
        }
        if (
          (init?.type === 'FunctionExpression' || init?.type === 'ArrowFunctionExpression') &&
          init.body.type === 'BlockStatement'
        ) {
          body = init.body.body;
        }
      }
      const out = new Map<string, string>();
      type Node = { type: string; loc?: { start: { line: number; column: number } } | null };
      const at = (...nodes: (Node | null | undefined)[]) => {
        for (const n of nodes) {
          const m = n?.loc ? moduleAt(n.loc.start.line - 1, n.loc.start.column) : null;
          if (m) return m;
        }
        return null;
      };
      for (const stmt of body as { type: string; declarations?: unknown[]; id?: unknown }[]) {
        if (stmt.type === 'VariableDeclaration') {
          for (const d of stmt.declarations as { id: Node & { name?: string }; init: Node | null }[]) {
            if (d.id.type === 'Identifier' && d.id.name) out.set(d.id.name, at(d.init, d.id) ?? UNMAPPED);
          }
        } else if (stmt.type === 'FunctionDeclaration' || stmt.type === 'ClassDeclaration') {
          const id = stmt.id as (Node & { name?: string }) | null;
          if (id?.name) out.set(id.name, at(stmt as Node, id) ?? UNMAPPED);
        }
      }
      return out;
    },
  };
}
