import { ESLint } from 'eslint';

/** The layer rules of architecture.md, proved on small files linted with the project's own config. */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries enforced by lint', () => {
  it('main/api imports nothing but zod and its own files', async () => {
    expect(await restrictedImports('main/api/probe.ts', "import { z } from 'zod';\nimport { id } from './fields';\nexport const x = [z, id];\n")).toEqual([]);
    expect(await restrictedImports('main/api/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toHaveLength(1);
    expect(await restrictedImports('main/api/probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
  });

  it('capability folders never import electron; the shell may', async () => {
    expect(await restrictedImports('main/ward/probe.ts', "import { dialog } from 'electron';\nexport const x = dialog;\n")).toHaveLength(1);
    expect(await restrictedImports('main/shell/probe.ts', "import { dialog } from 'electron';\nexport const x = dialog;\n")).toEqual([]);
  });

  it('the renderer imports neither Node modules nor main beyond main/api', async () => {
    expect(await restrictedImports('renderer/probe.tsx', "import type { Channel } from '../main/api';\nexport type X = Channel;\n")).toEqual([]);
    expect(await restrictedImports('renderer/probe.tsx', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/probe.tsx', "import { handlers } from '../main/handlers/handlers';\nexport const x = handlers;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/ward/probe.tsx', "import Database from 'better-sqlite3';\nexport const x = Database;\n")).toHaveLength(1);
  });
});
