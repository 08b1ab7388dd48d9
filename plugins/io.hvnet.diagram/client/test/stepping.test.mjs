// Stepping through a ping in the standalone viewer (`hvnet diagram FILE`) in headless Chromium: the ping starts from
// an endpoint's context menu, the page's toolbar steps forward and back, and each step is checked where the user
// sees it: the highlighted element and its flow number in the DOM, the edges the frame travels, the MAC table. The
// last test prints how long one step takes on the 1,001-node benchmark network (bench/gen_hyperv_hosts.py 25 17).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env, openDiagram, startViewer, until } from './viewer.mjs';
import { chromiumSuite } from './suite.mjs';

const examples = env('HVNET_EXAMPLES');
const screenshots = env('HVNET_SCREENSHOTS');

function view(example) {
    const file = join(mkdtempSync(join(tmpdir(), 'hvnet-stepping-')), example.split('/').pop());
    copyFileSync(join(examples, example), file);
    return startViewer(file);
}

/** What the page shows of the current step: the highlighted element, its badge, the marked edges, the panel. */
const drawn = page => page.evaluate(() => {
    const badge = document.getElementById('hvnet-step-badge');
    const current = Array.from(document.querySelectorAll('.step-current')).map(e => e.id.replace(/^hvnet_/, ''));
    return {
        index: badge ? Number(badge.getAttribute('data-index')) : null,
        current,
        badgeOn: badge ? badge.parentElement.id.replace(/^hvnet_/, '') : null,
        flow: badge ? badge.getAttribute('data-flow') : null,
        badge: badge ? badge.textContent : '',
        edges: Array.from(document.querySelectorAll('.step-edge')).map(e => e.id.replace(/^hvnet_/, '')).sort(),
        flooded: Array.from(document.querySelectorAll('.step-flooded')).map(e => e.id.replace(/^hvnet_/, '')).sort(),
        where: document.querySelector('#hvnet-stepper .hvnet-step-where')?.textContent ?? '',
        learnt: Array.from(document.querySelectorAll('#hvnet-step-panel tr.learnt td')).map(td => td.textContent),
        table: document.querySelector('#hvnet-step-panel caption')?.textContent ?? '',
        summary: document.querySelector('#hvnet-step-panel .hvnet-step-summary')?.textContent ?? ''
    };
});

/** Waits until step {@code index} is drawn (its badge carries the index) and returns what is shown. */
const drawnStep = (page, index) => until(`step ${index} drawn`, async () => {
    const d = await drawn(page);
    return d.index === index ? d : null;
});

async function click(page, button) {
    await page.click(`#hvnet-stepper button[data-step="${button}"]`);
}

/** Right-clicks a free point of element {@code id}: one that hits the element itself, not a child drawn over it. */
async function rightClick(page, id) {
    const onFrom = await page.evaluate(id => {
        const container = document.getElementById('hvnet_' + id);
        const r = container.getBoundingClientRect();
        for (let y = r.bottom - 6; y > r.top + 6; y -= 4) {
            for (let x = r.left + 6; x < r.right - 6; x += 4) {
                if (document.elementFromPoint(x, y)?.closest('g[id^="hvnet_"]') === container) {
                    return { x, y };
                }
            }
        }
        return null;
    }, id);
    assert.ok(onFrom, `no free point on ${id}`);
    await page.mouse.click(onFrom.x, onFrom.y, { button: 'right' });
}

/** From {@code from}'s context menu: the submenu {@code menu}, then its item {@code item}; waits for the toolbar. */
async function chooseFromContextMenu(page, from, menu, item) {
    await rightClick(page, from);
    await page.waitForSelector(`.hvnet-context-menu .hvnet-menu-item[data-id="${menu}"]`, { timeout: 10000 });
    await page.hover(`.hvnet-menu-item[data-id="${menu}"]`);
    await page.click(`.hvnet-menu-item[data-id="${item}"]`);
    await page.waitForSelector('#hvnet-stepper button[data-step="forward"]', { visible: true, timeout: 15000 });
}

const pingFromContextMenu = (page, from, to) => chooseFromContextMenu(page, from, 'ping', `ping-${to}`);

/** Ping {@code ping} (from 0) of the file's scenario {@code scenario} (from 0), chosen from the context menu. */
async function scenarioPingFromContextMenu(page, from, scenario, ping) {
    const before = await page.evaluate(() => window.hvnetShownSteps ?? 0);
    await chooseFromContextMenu(page, from, 'scenario-ping', `scenario-ping-${scenario}-${ping}`);
    await until('the scenario ping\'s steps', () => page.evaluate(n => (window.hvnetShownSteps ?? 0) > n, before));
}

/** The ping's marks as the page shows them: unplugged cables, disabled adapters, the diagnosis's place. */
const marks = page => page.evaluate(() => ({
    unplugged: Array.from(document.querySelectorAll('.unplugged')).map(e => e.id.replace(/^hvnet_/, '')).sort(),
    disabled: Array.from(document.querySelectorAll('.disabled')).map(e => e.id.replace(/^hvnet_/, '')).sort(),
    place: Array.from(document.querySelectorAll('.diagnosis-place')).map(e => e.id.replace(/^hvnet_/, '')),
    labels: Array.from(document.querySelectorAll('text.outage-label, text.diagnosis-label'))
        .map(t => `${t.parentElement.id.replace(/^hvnet_/, '')}: ${t.textContent}`).sort(),
    panel: document.querySelector('#hvnet-step-panel .hvnet-step-diagnosis')?.textContent ?? ''
}));

/** The lines of the diagnosis drawn on the diagram. */
const diagnosisLines = page => page.evaluate(() => Array.from(document.querySelectorAll('text.diagnosis-label tspan'))
    .map(t => t.textContent.trimEnd()));

/**
 * The diagnosis on the diagram wraps at 48 characters on at most 4 lines (on one line a long sentence ran across the
 * neighbouring nodes) and reads as the panel's sentence, cut with an ellipsis only past 4 lines.
 */
function assertDiagnosisDrawn(lines, panel) {
    const sentence = panel.replace(/^unreachable: /, '✖ ');
    assert.ok(lines.length > 0 && lines.every(l => l.length <= 48), lines.join(' / '));
    assert.ok(lines.length <= 4, `${lines.length} lines`);
    const drawn = lines.join(' ');
    if (drawn !== sentence) {
        assert.ok(lines.length === 4 && drawn.endsWith('…') && sentence.startsWith(drawn.slice(0, -1)),
            `${drawn} vs ${sentence}`);
    }
}

describe('stepping through a ping in the standalone viewer', () => {
    const suite = chromiumSuite(screenshots);
    const viewers = suite.viewers;

    it('steps forward three times and back once, drawing the element, flow, cables and MAC table', async () => {
        const viewer = await view('seed/fig12-vm-to-server.hvnet');
        viewers.push(viewer);
        const page = await openDiagram(suite.browser, viewer.url);
        await pingFromContextMenu(page, 'HV01.VM1', 'FileServer');
        assert.match((await drawn(page)).where, /^0 \/ 35$/, 'before the first of 35 steps');

        // a trace row chosen (step 4 of the trace: the switch learns VM1's address), then the buttons
        await page.evaluate(() => window.hvnet.step('goto', 3));
        const learn = await drawnStep(page, 3);
        assert.deepEqual(learn.current, ['HV01.TestExternal']);
        assert.equal(learn.flow, '2');
        assert.match(learn.table, /MAC table of HV01\.TestExternal/);
        assert.deepEqual(learn.learnt, ['00:15:5d:00:02:01', 'HV01.VM1.Net1', '0'], 'the address just learnt is marked');

        await click(page, 'forward');
        const flood = await drawnStep(page, 4);
        assert.deepEqual(flood.current, ['HV01.TestExternal']);
        assert.equal(flood.flow, '3');
        assert.equal(flood.badge, '⟨3⟩ flood to 2 ports');
        assert.match(flood.summary, /^flood 00:15:5d:00:02:01 > ff:ff:ff:ff:ff:ff ARP 192\.168\.1\.20 > 192\.168\.1\.100/);
        assert.equal(flood.flooded.length, 2, `a copy on both other ports at once: ${flood.flooded}`);
        assert.ok(flood.flooded.some(id => id.startsWith('uplink:HV01.TestExternal')), flood.flooded.join(' '));
        assert.match(flood.table, /MAC table of HV01\.TestExternal/, 'the switch at hand shows its table');
        await page.screenshot({ path: join(screenshots, 'viewer-fig12-step-flood.png') });

        await click(page, 'forward');
        const wire = await drawnStep(page, 5);
        assert.deepEqual(wire.current, ['HV01.NIC2']);
        assert.equal(wire.flow, '4');
        assert.deepEqual(wire.edges, ['cable:HV01.NIC2-PSW1#2']);
        assert.equal(wire.where, '6 / 35');

        await click(page, 'forward');
        const deliver = await drawnStep(page, 6);
        assert.deepEqual(deliver.current, ['HV01.vEthernet']);
        assert.equal(deliver.flow, '3');

        await click(page, 'back');
        const back = await drawnStep(page, 5);
        assert.deepEqual(back.current, ['HV01.NIC2']);
        assert.equal(back.flow, '4');
        assert.deepEqual(back.edges, ['cable:HV01.NIC2-PSW1#2']);
        await page.screenshot({ path: join(screenshots, 'viewer-fig12-step.png') });

        // play to the end at the fastest speed: the reply reaches VM1, and the player stops there
        await page.select('#hvnet-stepper select[data-step="speed"]', '8');
        await click(page, 'play');
        const last = await drawnStep(page, 34);
        assert.deepEqual(last.current, ['HV01.VM1']);
        await until('the player stopped', () => page.evaluate(() =>
            document.querySelector('#hvnet-stepper button[data-step="play"]').textContent === '▶'));

        await click(page, 'reset');
        await until('nothing drawn after reset', async () => {
            const d = await drawn(page);
            return d.index === null && d.current.length === 0 && d.where === '0 / 35';
        });
        await page.close();
    });

    it('marks the cable a scenario unplugged at the ping after the unplug, not before, and a disabled NIC', async () => {
        const viewer = await view('teaming/set-team.hvnet');
        viewers.push(viewer);
        const page = await openDiagram(suite.browser, viewer.url);
        const cable = 'cable:HV01.NIC2-TOR2#1';
        // scenario 2, "NIC2's cable pulled": ping 0 before `unplug cable HV01.NIC2`, ping 1 after it, ping 2 after the plug
        await scenarioPingFromContextMenu(page, 'HV01.VM1', 2, 0);
        assert.deepEqual((await marks(page)).unplugged, [], 'nothing unplugged before the step');
        await scenarioPingFromContextMenu(page, 'HV01.VM1', 2, 1);
        const after = await until('the pulled cable marked', async () => {
            const m = await marks(page);
            return m.unplugged.length > 0 ? m : null;
        });
        assert.deepEqual(after.unplugged, [cable]);
        assert.deepEqual(after.labels, [`${cable}: unplugged`]);
        // stepping keeps the mark: it is the ping's, not a step's
        await click(page, 'forward');
        await click(page, 'forward');
        await drawnStep(page, 1);
        assert.deepEqual((await marks(page)).unplugged, [cable]);
        await page.screenshot({ path: join(screenshots, 'viewer-set-team-unplugged.png') });
        await scenarioPingFromContextMenu(page, 'HV01.VM1', 2, 2);
        assert.deepEqual((await marks(page)).unplugged, [], 'plugged in again');

        // scenario 3, "NIC1 disabled": its one ping, from the management OS (the host's context menu)
        await scenarioPingFromContextMenu(page, 'HV01', 3, 0);
        const disabled = await marks(page);
        assert.deepEqual(disabled.disabled, ['HV01.NIC1']);
        assert.ok(disabled.labels.includes('HV01.NIC1: disabled'), disabled.labels.join(' | '));
        await page.close();
    });

    it('marks the element a failed ping\'s diagnosis names, with the sentence', async () => {
        const viewer = await view('routed/routed.hvnet');
        viewers.push(viewer);
        const page = await openDiagram(suite.browser, viewer.url);
        // scenario 2, "why unreachable", ping 0: HV01.App -> 10.0.40.7, expect unreachable because "no route on R1 …"
        await scenarioPingFromContextMenu(page, 'HV01.App', 2, 0);
        const shown = await until('the diagnosis marked', async () => {
            const m = await marks(page);
            return m.place.length > 0 ? m : null;
        });
        assert.deepEqual(shown.place, ['R1'], 'the router the sentence names');
        assert.match(shown.labels.join('\n'), /^R1: ✖ no route on R1 to 10\.0\.40\.7/m);
        assert.match(shown.panel, /^unreachable: no route on R1 to 10\.0\.40\.7/);
        assertDiagnosisDrawn(await diagnosisLines(page), shown.panel);
        await page.screenshot({ path: join(screenshots, 'viewer-routed-diagnosis.png') });

        // ping 2: Backup -> 10.0.30.99, whose ARP on Backup.NIC1 nobody answers
        await scenarioPingFromContextMenu(page, 'Backup', 2, 2);
        const arp = await until('the ARP\'s place marked', async () => {
            const m = await marks(page);
            return m.place[0] === 'Backup.NIC1' ? m : null;
        });
        assert.match(arp.panel, /ARP for 10\.0\.30\.99 on Backup\.NIC1 got no answer/);
        const arpLines = await diagnosisLines(page);
        assert.ok(arpLines.length > 1, `a sentence over 48 characters wraps: ${arpLines.join(' / ')}`);
        assertDiagnosisDrawn(arpLines, arp.panel);
        await page.screenshot({ path: join(screenshots, 'viewer-routed-diagnosis-wrapped.png') });

        // an answered ping blames nothing
        await pingFromContextMenu(page, 'HV01.Web', 'HV01.App');
        await until('no diagnosis marked', async () => (await marks(page)).place.length === 0);
        await page.close();
    });

    it('steps through a ping on the 1,001-node benchmark network and prints how long a step takes', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'hvnet-stepping-'));
        const file = join(dir, 'network.hvnet');
        writeFileSync(file, execFileSync('python3', [join(examples, '..', 'bench', 'gen_hyperv_hosts.py'), '25', '17']));
        const viewer = await startViewer(file);
        viewers.push(viewer);
        const page = await openDiagram(suite.browser, viewer.url);
        const nodes = await page.evaluate(() => Array.from(window.hvnet.elements()).filter(e => e.type.startsWith('node:')).length);
        await page.evaluate(() => window.hvnet.ping('HV0.VM0', 'HV24.VM16'));
        const count = await until('the ping\'s steps', () => page.evaluate(() => window.hvnetLastStep?.step.count));
        const steps = Math.min(60, count - 1);
        // each step: from the command to the step drawn in the DOM and the next frame painted
        const times = await page.evaluate(async steps => {
            const result = [];
            const frame = () => new Promise(resolve => requestAnimationFrame(() => resolve()));
            for (let i = 0; i < steps; i++) {
                const t0 = performance.now();
                window.hvnet.step('forward');
                while (window.hvnetLastStep.step.index !== i) {
                    await new Promise(resolve => setTimeout(resolve, 0));
                }
                await frame();
                result.push(performance.now() - t0);
            }
            return result;
        }, steps);
        const draws = await page.evaluate(steps => window.hvnetStepDrawMillis.slice(-steps), steps);
        const drawMedian = [...draws].sort((a, b) => a - b)[Math.floor(draws.length / 2)];
        const sorted = [...times].sort((a, b) => a - b);
        const median = sorted[Math.floor(sorted.length / 2)];
        const p90 = sorted[Math.floor(sorted.length * 0.9)];
        console.log(`stepping on ${nodes} nodes (${count} steps in the ping): one step from the command to the painted `
            + `frame, median ${median.toFixed(1)} ms, 90th percentile ${p90.toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms `
            + `over ${steps} steps (goal: under 50 ms); drawing alone, median ${drawMedian.toFixed(1)} ms`);
        assert.equal(await page.evaluate(() => window.hvnetLastStep.step.index), steps - 1, 'the last step is the one shown');
        assert.ok(nodes >= 1001, `the benchmark network draws ${nodes} nodes`);
        await page.close();
    });
});
