// Benchmark: time from opening a .hvnet file's diagram to its first render, in headless Chromium against
// `hvnet diagram` (bench/diagram-open.sh runs it on a generated 1,000-node network). The first open is cold (a
// fresh server JVM); the following ones reload the page on the running server, as reopening an editor would.
import { launchBrowser, openDiagram, startViewer } from '../test/viewer.mjs';

const file = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
const viewer = await startViewer(file);
const browser = await launchBrowser();
try {
    const times = [];
    let nodes = 0;
    for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const page = await openDiagram(browser, viewer.url);
        times.push(performance.now() - t0);
        nodes = await page.evaluate(() => document.querySelectorAll('[data-svg-metadata-type^="node:"]').length);
        await page.close();
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    const median = warm.length ? warm[Math.floor(warm.length / 2)] : NaN;
    console.log(`diagram open to first render: ${nodes} nodes drawn`);
    console.log(`  first open (cold server JVM): ${Math.round(times[0])} ms`);
    console.log(`  reopen, median of ${warm.length}: ${Math.round(median)} ms (all: ${times.slice(1).map(Math.round).join(', ')} ms)`);
} finally {
    await browser.close();
    viewer.stop();
}
