// One headless Chromium for a client test suite, and the viewers its tests start, stopped when the suite ends.
import { after, before } from 'node:test';
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './viewer.mjs';

/** Registers the suite's set-up and clean-up; {@code browser} is there once the first test runs. */
export function chromiumSuite(screenshots) {
    const suite = { browser: undefined, viewers: [] };
    before(async () => {
        mkdirSync(screenshots, { recursive: true });
        suite.browser = await launchBrowser();
    });
    after(async () => {
        suite.viewers.forEach(v => v.stop());
        await suite.browser?.close();
    });
    return suite;
}
