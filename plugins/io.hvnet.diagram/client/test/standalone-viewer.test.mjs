// The web client in headless Chromium against the real standalone viewer (`hvnet diagram FILE`): it renders the
// seed's figures, palette edits change the .hvnet file, file edits change the diagram. Run by the
// io.hvnet.diagram.client.tests build (which provides the viewer's class path); screenshots go to $HVNET_SCREENSHOTS.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { env, openDiagram, startViewer, until } from './viewer.mjs';
import { chromiumSuite } from './suite.mjs';

const examples = join(env('HVNET_EXAMPLES'), 'seed');
const screenshots = env('HVNET_SCREENSHOTS');

/** `hvnet diagram` on a copy of a seed example. */
function viewSeed(example) {
    const file = join(mkdtempSync(join(tmpdir(), 'hvnet-viewer-')), example);
    copyFileSync(join(examples, example), file);
    return startViewer(file);
}

const rendered = page => page.evaluate(() => window.hvnet.renderedIds());

/** The element's box on the page, by model id. */
const box = (page, id) => page.evaluate(id => {
    const e = document.getElementById('hvnet_' + id);
    if (!e) {
        return null;
    }
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
}, id);

/** A point inside the container that hits the container itself (not a child, not a label). */
const freePointIn = (page, id) => page.evaluate(id => {
    const container = document.getElementById('hvnet_' + id);
    const r = container.getBoundingClientRect();
    for (let y = r.bottom - 8; y > r.top + 30; y -= 6) {
        for (let x = r.left + 8; x < r.right - 8; x += 6) {
            const hit = document.elementFromPoint(x, y)?.closest('g[id^="hvnet_"]');
            if (hit === container) {
                return { x, y };
            }
        }
    }
    return null;
}, id);

const center = b => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

async function paletteTool(page, label) {
    const buttons = await page.$$('.tool-palette .tool-button');
    for (const button of buttons) {
        if ((await button.evaluate(b => b.textContent.trim())) === label) {
            await button.click();
            return;
        }
    }
    assert.fail(`no palette entry "${label}"`);
}

describe('the standalone diagram viewer in Chromium', () => {
    const suite = chromiumSuite(screenshots);
    const viewers = suite.viewers;

    it('draws seed fig. 12 as the seed does, labels inside their shapes', async () => {
        const viewer = await viewSeed('fig12-vm-to-server.hvnet');
        viewers.push(viewer);
        const page = await openDiagram(suite.browser, viewer.url);
        const ids = await rendered(page);
        for (const id of ['HV01', 'HV01.NIC1', 'HV01.NIC2', 'HV01.TestExternal', 'HV01.parent', 'HV01.vEthernet',
            'HV01.VM1', 'HV01.VM1.Net1', 'PSW1', 'FileServer', 'FileServer.NIC1', 'cable:HV01.NIC2-PSW1#2',
            'virtual:HV01.VM1.Net1']) {
            assert.ok(ids.includes(id), `${id} is not drawn (drawn: ${ids.join(', ')})`);
        }
        assert.equal(ids.filter(id => /^PSW1#\d+$/.test(id)).length, 8, 'a physical switch shows its 8 ports');
        const kinds = await page.evaluate(() => ({
            external: document.getElementById('hvnet_HV01.TestExternal').classList.contains('external'),
            nic2: document.getElementById('hvnet_HV01.NIC2').textContent
        }));
        assert.ok(kinds.external, 'the switch is drawn as an external one');
        assert.match(kinds.nic2, /vms/);
        assert.doesNotMatch(kinds.nic2, /ipv4/, 'a NIC taken by the external switch shows only vms');
        // measured by the browser's own text layout, not by the server's estimate
        const outside = await page.evaluate(() => Array.from(document.querySelectorAll('g[id^="hvnet_"]'))
            .filter(g => /^(host|nic|vswitch|parent|vnic|vm|adapter|pswitch|server)\b/.test(g.getAttribute('class') ?? ''))
            .flatMap(g => {
                const shape = g.querySelector(':scope > rect').getBoundingClientRect();
                return Array.from(g.querySelectorAll(':scope > g > text, :scope > text')).filter(t => {
                    const r = t.getBoundingClientRect();
                    return r.width > 0 && (r.left < shape.left - 1 || r.right > shape.right + 1);
                }).map(t => `${g.id}: "${t.textContent}"`);
            }));
        assert.deepEqual(outside, [], 'labels sticking out of their shapes');
        await page.screenshot({ path: join(screenshots, 'viewer-fig12.png') });
        await page.close();
    });

    it('creates a VM with an adapter and connects it to the switch from the palette; the file changes', async () => {
        const viewer = await viewSeed('fig12-vm-to-server.hvnet');
        viewers.push(viewer);
        const before = readFileSync(viewer.file, 'utf8');
        const page = await openDiagram(suite.browser, viewer.url);

        await paletteTool(page, 'VM');
        const inHost = await freePointIn(page, 'HV01');
        assert.ok(inHost, 'no free room inside HV01');
        await page.mouse.click(inHost.x, inHost.y);
        await until('VM2 in the file', () => /\n\s*vm VM2\b/.test(readFileSync(viewer.file, 'utf8')));
        await until('VM2 drawn', async () => (await rendered(page)).includes('HV01.VM2'));

        await paletteTool(page, 'VM adapter');
        const inVm = await until('room in VM2', () => freePointIn(page, 'HV01.VM2'));
        await page.mouse.click(inVm.x, inVm.y);
        await until('the adapter drawn', async () => (await rendered(page)).includes('HV01.VM2.Net1'));
        assert.match(readFileSync(viewer.file, 'utf8'), /vm VM2[^}]*adapter Net1/s);

        await paletteTool(page, 'Connect adapter to switch');
        const adapter = center(await box(page, 'HV01.VM2.Net1'));
        const vswitch = center(await box(page, 'HV01.TestExternal'));
        await page.mouse.click(adapter.x, adapter.y);
        await page.mouse.click(vswitch.x, vswitch.y);
        await until('the adapter plugged into TestExternal in the file',
            () => /vm VM2[^}]*adapter Net1 switch TestExternal/s.test(readFileSync(viewer.file, 'utf8')));
        await until('the virtual cable drawn', async () => (await rendered(page)).includes('virtual:HV01.VM2.Net1'));

        const after = readFileSync(viewer.file, 'utf8');
        for (const comment of before.split('\n').filter(l => l.includes('//'))) {
            assert.ok(after.includes(comment), `comment lost: ${comment.trim()}`);
        }
        await page.screenshot({ path: join(screenshots, 'viewer-fig12-vm-added.png') });
        await page.close();
    });

    it('pings from an endpoint\'s context menu and highlights the seed\'s flows', async () => {
        const viewer = await viewSeed('fig12-vm-to-server.hvnet');
        viewers.push(viewer);
        const page = await openDiagram(suite.browser, viewer.url);
        const onVm = await freePointIn(page, 'HV01.VM1');
        await page.mouse.click(onVm.x, onVm.y, { button: 'right' });
        await page.waitForSelector('.hvnet-context-menu .hvnet-menu-item[data-id="ping"]', { timeout: 10000 });
        await page.hover('.hvnet-menu-item[data-id="ping"]');
        await page.click('.hvnet-menu-item[data-id="ping-FileServer"]');
        await until('the request path highlighted', () => page.evaluate(() =>
            document.getElementById('hvnet_HV01.NIC2')?.classList.contains('flow-request')));
        const shown = await page.evaluate(() => ({
            flooded: document.getElementById('hvnet_PSW1').classList.contains('flooded'),
            nic2Badge: document.getElementById('hvnet_HV01.NIC2/flow')?.textContent ?? '',
            replyElements: document.querySelectorAll('.flow-reply').length
        }));
        assert.ok(shown.flooded, 'the first ARP request floods the physical switch');
        assert.match(shown.nic2Badge, /4/, 'NIC2 carries the seed\'s flow 4');
        assert.ok(shown.replyElements > 0, 'the reply path is highlighted');
        await page.screenshot({ path: join(screenshots, 'viewer-fig12-ping.png') });
        await page.close();
    });

    it('renames a VM in place, checking the name as it is typed; the text and its references change', async () => {
        const viewer = await viewSeed('fig12-vm-to-server.hvnet');
        viewers.push(viewer);
        const page = await openDiagram(suite.browser, viewer.url);
        const name = center(await box(page, 'HV01.VM1/name'));
        await page.mouse.click(name.x, name.y, { count: 2 });
        const editor = await page.waitForSelector('.label-edit input, .label-edit textarea', { timeout: 10000 });
        // the server checks the name as it is typed: one that another element of HV01 has is an error at the field
        const verdict = () => page.evaluate(() => {
            const field = document.querySelector('.label-edit');
            return { classes: field.className, balloon: field.getAttribute('data-balloon') ?? '' };
        });
        await editor.evaluate(e => e.select());
        await page.keyboard.type('NIC1');
        const taken = await until('the taken name reported at the field', async () => {
            const v = await verdict();
            return v.classes.includes('validation-error') && v.balloon.includes('already used') ? v : undefined;
        });
        assert.equal(taken.balloon, 'the name NIC1 is already used by a physical NIC here');
        await editor.evaluate(e => e.select());
        await page.keyboard.type('Web');
        const good = await until('the good name accepted at the field', async () => {
            const v = await verdict();
            return /validation-(error|warning)/.test(v.classes) ? undefined : v;
        });
        assert.ok(!good.balloon.includes('No validator'), good.balloon);
        await page.keyboard.press('Enter');
        await until('the VM renamed in the file', () => /vm Web\b/.test(readFileSync(viewer.file, 'utf8')));
        assert.match(readFileSync(viewer.file, 'utf8'), /ping HV01\.Web ->/, 'the scenario follows the rename');
        await until('the renamed VM drawn', async () => (await rendered(page)).includes('HV01.Web'));
        await page.close();
    });

    it('refuses the messages of a page of another origin; the file stays as it was', async () => {
        const viewer = await viewSeed('fig12-vm-to-server.hvnet');
        viewers.push(viewer);
        let log = '';
        viewer.process.stderr.on('data', chunk => (log += chunk));
        const before = readFileSync(viewer.file);
        const target = new URL(viewer.url);
        // another site, here on another port of this machine, that knows the port, the file and even the key
        const site = createServer((request, response) => {
            response.writeHead(200, { 'Content-Type': 'text/html' });
            response.end('<!doctype html><title>another site</title>');
        });
        await new Promise(resolve => site.listen(0, '127.0.0.1', resolve));
        try {
            const page = await suite.browser.newPage();
            await page.goto(`http://127.0.0.1:${site.address().port}/`);
            const outcomes = await page.evaluate(async (base, source, key) => {
                const messages = [
                    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { applicationId: 'x', protocolVersion: '1.0.0' } },
                    { jsonrpc: '2.0', id: 2, method: 'initializeClientSession', params: { clientSessionId: 'c', diagramType: 'hvnet-diagram', clientActionKinds: ['setModel'] } },
                    { jsonrpc: '2.0', method: 'process', params: { clientId: 'c', action: { kind: 'requestModel', options: { sourceUri: source, diagramType: 'hvnet-diagram' } } } },
                    { jsonrpc: '2.0', method: 'process', params: { clientId: 'c', action: { kind: 'applyLabelEdit', isOperation: true, labelId: 'HV01.VM1/name', text: 'Pwned' } } }
                ].map(m => JSON.stringify(m));
                const ways = {
                    // a "simple" request: no CORS preflight, the browser sends it and hides the answer
                    'text/plain': { mode: 'no-cors', headers: { 'Content-Type': 'text/plain' } },
                    'text/plain with the key': { mode: 'no-cors', headers: { 'Content-Type': 'text/plain' } , key: true },
                    // needs a preflight, which the server does not grant
                    'application/json with the key': { headers: { 'Content-Type': 'application/json' }, key: true }
                };
                const result = [];
                for (const [way, init] of Object.entries(ways)) {
                    for (const body of messages) {
                        const headers = { ...init.headers, ...(init.key ? { 'X-Hvnet-Key': key } : {}) };
                        try {
                            const response = await fetch(`${base}/glsp?session=other${result.length}`, { method: 'POST', mode: init.mode ?? 'cors', headers, body });
                            result.push(`${way}: ${response.type} ${response.status}`);
                        } catch (e) {
                            result.push(`${way}: blocked`);
                        }
                    }
                }
                return result;
            }, target.origin, target.searchParams.get('source'), target.searchParams.get('key'));
            assert.equal(outcomes.length, 12);
            assert.ok(outcomes.filter(o => o.startsWith('application/json')).every(o => o.endsWith('blocked')), outcomes.join('\n'));
            // the simple requests reached the server (the browser lets them through), which refused each one
            await until('the server refusing the other origin', () =>
                (log.match(/refused a request from another origin \(http:\/\/127\.0\.0\.1:\d+\)/g) ?? []).length >= 8);
            assert.deepEqual(readFileSync(viewer.file), before, 'the file is unchanged');
            await page.close();
        } finally {
            site.close();
        }
    });

    it('follows edits of the file made elsewhere', async () => {
        const viewer = await viewSeed('fig10-two-nics.hvnet');
        viewers.push(viewer);
        const page = await openDiagram(suite.browser, viewer.url);
        assert.ok((await rendered(page)).includes('PSW1'));
        const text = readFileSync(viewer.file, 'utf8');
        writeFileSync(viewer.file, text.replaceAll('PSW1', 'CoreSwitch'));
        await until('the renamed switch drawn', async () => {
            const ids = await rendered(page);
            return ids.includes('CoreSwitch') && !ids.includes('PSW1');
        });
        await page.close();
    });

    it('draws every seed figure', async () => {
        for (const example of readdirSync(examples).filter(f => f.endsWith('.hvnet')).sort()) {
            const viewer = await viewSeed(example);
            viewers.push(viewer);
            const page = await openDiagram(suite.browser, viewer.url);
            const ids = await rendered(page);
            assert.ok(ids.some(id => id.startsWith('HV01')), `${example}: no host drawn`);
            await page.screenshot({ path: join(screenshots, 'viewer-' + example.replace('.hvnet', '.png')) });
            await page.close();
            viewer.stop();
        }
    });
});
