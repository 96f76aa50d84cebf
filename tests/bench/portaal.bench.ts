import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { freePort, NodeProcess, waitFor } from '@sluitend/testing';
import { percentile } from './measure';

/**
 * Benchmark of the portal (issue 12): the production bundle's size (every asset and what the first page loads, raw
 * and gzip) and its first-load time in headless chromium (playwright-core driving Debian's chromium): from navigation
 * to the start page rendered (the login button), cold (a fresh browser context, nothing cached) and warm (a reload),
 * with the DOMContentLoaded and load moments and the bytes transferred. Against `--url` (the gateway `./sluitend up`
 * runs, e.g. http://127.0.0.1:3100), or without it a gateway of its own serving dist/web (built when missing).
 * `--smoke` runs 3 loads and fails only when the portal does not load.
 */
const ROOT = join(__dirname, '../../..');
const WEB = join(ROOT, 'dist/web');
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    runs: { type: 'string' },
    smoke: { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs ?? (values.smoke ? 3 : 20));
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The assets by kind, raw and gzip; and those index.html loads before the first page (scripts, modulepreload, css). */
function bundel() {
  const assets = join(WEB, 'assets');
  const files = readdirSync(assets).filter((file) => !file.endsWith('.map'));
  const size = (file: string) => {
    const content = readFileSync(join(assets, file));
    return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  };
  const som = (list: string[]) => list.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const index = readFileSync(join(WEB, 'index.html'), 'utf8');
  const eerste = [...index.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((match) => match[1]);
  return {
    js: som(files.filter((file) => file.endsWith('.js'))),
    css: som(files.filter((file) => file.endsWith('.css'))),
    overig: som(files.filter((file) => !file.endsWith('.js') && !file.endsWith('.css'))),
    eersteLading: som(eerste),
    bestanden: files.length,
  };
}

async function main(): Promise<void> {
  let gateway: NodeProcess | undefined;
  let url = values.url?.replace(/\/+$/, '');
  if (!url) {
    if (!existsSync(join(WEB, 'index.html'))) {
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'],
        {
          cwd: ROOT,
          stdio: 'inherit',
          env: { ...process.env, NODE_ENV: 'production' },
        },
      );
    }
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    gateway = new NodeProcess(
      join(ROOT, 'dist/apps/gateway/src/main.js'),
      { PORT: String(port), WEB_DIST: WEB, LOG_LEVEL: 'warn' },
      join(ROOT, `.local/test-logs/portaal-bench-gateway-${process.pid}.log`),
    );
    gateway.start();
    await waitFor('gateway /health/ready', async () => (await fetch(`${url}/health/ready`).catch(() => undefined))?.ok, 20_000, 100);
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const b = bundel();
    process.stdout.write(
      `portal bundle (dist/web, ${b.bestanden} files): js ${kB(b.js.raw)} (gzip ${kB(b.js.gzip)}), css ${kB(b.css.raw)} (gzip ${kB(b.css.gzip)}), ` +
        `other ${kB(b.overig.raw)} (gzip ${kB(b.overig.gzip)}); first page loads ${kB(b.eersteLading.raw)} (gzip ${kB(b.eersteLading.gzip)})\n`,
    );
    const koud: number[] = [];
    const warm: number[] = [];
    const dcl: number[] = [];
    const overgedragen: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ locale: 'nl-NL' });
      const page = await context.newPage();
      const gestart = Date.now();
      await page.goto(`${url}/`);
      await page.getByRole('button', { name: 'Inloggen' }).waitFor({ timeout: 30_000 });
      koud.push(Date.now() - gestart);
      // Navigation Timing in the page (a string: the bench is compiled without the DOM's types).
      const timing = (await page.evaluate(`(() => {
        const navigatie = performance.getEntriesByType('navigation')[0];
        const bronnen = performance.getEntriesByType('resource');
        return { dcl: navigatie.domContentLoadedEventEnd, bytes: navigatie.transferSize + bronnen.reduce((som, bron) => som + bron.transferSize, 0) };
      })()`)) as { dcl: number; bytes: number };
      dcl.push(Math.round(timing.dcl));
      overgedragen.push(timing.bytes);
      const herladen = Date.now();
      await page.reload();
      await page.getByRole('button', { name: 'Inloggen' }).waitFor({ timeout: 30_000 });
      warm.push(Date.now() - herladen);
      await context.close();
    }
    const stat = (list: number[]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return `median ${percentile(sorted, 50)} ms, p95 ${percentile(sorted, 95)} ms, max ${sorted[sorted.length - 1]} ms`;
    };
    process.stdout.write(
      `portal first load against ${url} (${RUNS} runs, headless chromium): cold to the start page ${stat(koud)}; ` +
        `DOMContentLoaded ${stat(dcl)}; warm (reload) ${stat(warm)}; transferred ${kB(Math.max(...overgedragen))}\n`,
    );
  } finally {
    await browser.close();
    await gateway?.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
