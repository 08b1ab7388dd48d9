// Starting the standalone viewer (`hvnet diagram`) and opening its page in headless Chromium: shared by the client
// tests and the open-to-first-render benchmark. The class path and java come from the environment (the io.hvnet.cli
// build, or bench/diagram-open.sh, set them).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';

export const env = name => {
    const value = process.env[name];
    assert.ok(value, `${name} is not set (the io.hvnet.cli build sets it)`);
    return value;
};

export function launchBrowser() {
    return puppeteer.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
}

/**
 * Starts `hvnet diagram FILE` (through the ./hvnet launcher given by HVNET_LAUNCHER, else java with HVNET_JAVA and
 * HVNET_CLASSPATH); resolves when it prints the page's address.
 */
export function startViewer(file) {
    const launcher = process.env.HVNET_LAUNCHER;
    const java = launcher
        ? spawn(launcher, ['diagram', file], { stdio: ['ignore', 'pipe', 'pipe'] })
        : spawn(env('HVNET_JAVA'), ['-cp', env('HVNET_CLASSPATH'), 'io.hvnet.cli.Main', 'diagram', file],
            { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('hvnet diagram did not start:\n' + output)), 60000);
        const read = chunk => {
            output += chunk;
            const url = /is at (http:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(output);
            if (url) {
                clearTimeout(timer);
                resolve({ file, url: url[1], stop: () => java.kill(), process: java });
            }
        };
        java.stdout.on('data', read);
        java.stderr.on('data', read);
        java.on('exit', code => reject(new Error(`hvnet diagram exited with ${code}:\n${output}`)));
    });
}

export async function openDiagram(browser, url) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    const errors = [];
    const logged = [];
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => logged.push(m.text()));
    await page.goto(url);
    try {
        await page.waitForFunction(() => window.hvnetLoadMillis !== undefined, { timeout: 30000 });
    } catch (e) {
        const shown = await page.evaluate(() => document.getElementById('hvnet-error')?.textContent ?? '');
        assert.fail(`the diagram did not load: ${shown} ${errors.join(' ')} ${logged.join(' | ')}`);
    }
    assert.deepEqual(errors, [], 'the page reported errors');
    return page;
}


/** Waits until {@code condition} gives a value (and returns it), asking every 100 ms; fails after {@code millis}. */
export async function until(what, condition, millis = 15000) {
    const end = Date.now() + millis;
    for (;;) {
        const value = await condition();
        if (value) {
            return value;
        }
        if (Date.now() > end) {
            assert.fail(`timed out waiting for ${what}`);
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}
