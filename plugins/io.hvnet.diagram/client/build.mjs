// Builds the web client into ../web (diagram.html, bundle.js, bundle.css): run by the Maven build with the machine's
// node and npm. Installs the locked dependencies first when node_modules is missing or older than the lock file.
import { execSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'fs';
import { createRequire } from 'module';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'web');
const marker = join(here, 'node_modules', '.package-lock.json');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(join(here, 'package-lock.json')).mtimeMs) {
    execSync('npm ci --no-audit --no-fund --loglevel=error', { cwd: here, stdio: 'inherit' });
}
const esbuild = await import('esbuild');
// 'x.svg?raw' imports the file's text (the kind icons' SVG, drawn inline so that exports show them)
const rawText = {
    name: 'raw-text',
    setup(build) {
        build.onResolve({ filter: /\?raw$/ }, args => ({
            path: createRequire(join(here, 'package.json')).resolve(args.path.replace(/\?raw$/, '')),
            namespace: 'raw-text'
        }));
        build.onLoad({ filter: /.*/, namespace: 'raw-text' }, args => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
    }
};
const t0 = Date.now();
mkdirSync(out, { recursive: true });
await esbuild.build({
    absWorkingDir: here,
    entryPoints: ['src/main.ts'],
    bundle: true,
    minify: true,
    target: 'es2019',
    outfile: join(out, 'bundle.js'),
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
    logLevel: 'warning',
    tsconfig: 'tsconfig.json',
    plugins: [rawText]
});
copyFileSync(join(here, 'app', 'diagram.html'), join(out, 'diagram.html'));
console.log(`hvnet diagram client built into ${out} in ${Date.now() - t0} ms`);
