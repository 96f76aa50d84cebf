import { join } from 'node:path';
import { build } from 'esbuild';

// The portal's browser bundle imports the contracts (API schemas, events) and through them @sluitend/domain-nl. Bundling
// both entries for the browser fails on anything that reaches Node: a built-in module (node:crypto, fs, …), directly
// or through a dependency. The lint config forbids such imports in the sources; this checks the whole graph.
const ROOT = join(__dirname, '../../..');

describe('browser-safe libraries', () => {
  it.each(['libs/contracts/src/index.ts', 'libs/domain-nl/src/index.ts'])('%s bundles for the browser', async (entry) => {
    const result = await build({
      entryPoints: [join(ROOT, entry)],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      tsconfig: join(ROOT, 'tsconfig.base.json'),
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0].text).toContain('woongemeente');
  });

  it('does not bundle @sluitend/domain-nl/node for the browser', async () => {
    const attempt = build({
      entryPoints: [join(ROOT, 'libs/domain-nl/src/node/index.ts')],
      bundle: true,
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      tsconfig: join(ROOT, 'tsconfig.base.json'),
    });
    await expect(attempt).rejects.toThrow(/node:crypto|node:fs/);
  });
});
