// Stepping through a ping on the diagram. A ping started from the page's context menu comes back as every step's
// drawing at once (hvnetShowSteps, in reply to the ping: for each step the element the frame is on, the edges it
// travels, the seed's flow, the summary, the switch's MAC table; and the ping's marks); the toolbar's buttons then
// move through those steps in the page, without a trip to the server, so a step stays instant on a thousand-node
// diagram. The Eclipse Simulation view drives its own steps one at a time (hvnetShowStep). Either way a step is
// drawn straight into the rendered SVG, with no new model from the server, and drawn again after every render (the
// view redraws elements it scrolls into sight). The marks: cables a scenario had unplugged and adapters it had
// disabled when the ping ran, and where a failed ping's diagnosis puts its first cause, with the sentence.
import { Action, IActionDispatcher, IActionHandler, IVNodePostprocessor, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import type { VNode } from 'snabbdom';
import { hostEvent } from './host';

interface MacRow { mac: string; port: string; vlan: number; learnt: boolean }

interface StepPicture {
    index: number;
    count: number;
    element?: string;
    flooded?: boolean;
    flow?: number;
    action?: string;
    summary?: string;
    macSwitch?: string;
    macTable?: MacRow[];
}

/** Diagram ids the server found for a ping's marks. */
interface Marks {
    unplugged?: string[];
    disabled?: string[];
    place?: string;
    diagnosis?: string;
}

interface ShowStep extends Action {
    step: StepPicture;
    edges: string[];
    marks?: Marks;
    controls?: boolean;
}

interface ShowSteps extends Action {
    steps: StepPicture[];
    edges: string[][];
    marks?: Marks;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Steps per second a player can choose; StepCursor.DEFAULT_SPEED (2) first. */
const SPEEDS = [2, 0.5, 1, 4, 8];

const byId = (id: string) => document.getElementById('hvnet_' + id);

/**
 * A diagnosis drawn on the diagram wraps at this many characters, on at most this many lines: on one line a long
 * sentence (a storm's, a routing loop's) ran across the neighbouring nodes. The step panel keeps the whole sentence.
 */
const DIAGNOSIS_LINE = 48;
const DIAGNOSIS_LINES = 4;
const DIAGNOSIS_LINE_HEIGHT = 14;

/** The text in lines of at most `width` characters, broken at spaces; past `max` lines the last is cut with an ellipsis. */
export function wrap(text: string, width: number, max: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        } else {
            line = line ? line + ' ' + word : word;
        }
    }
    lines.push(line);
    if (lines.length > max) {
        const kept = lines.slice(0, max);
        kept[max - 1] = kept[max - 1].slice(0, width - 1) + '…';
        return kept;
    }
    return lines;
}

@injectable()
export class Stepper implements IActionHandler, IVNodePostprocessor {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;
    private shown?: ShowStep;
    private playing = false;
    private speed = SPEEDS[0];
    private timer?: number;
    private drawnAt = 0;
    /** The elements the step is drawn on, so that the next step clears them without searching the page. */
    private decorated: Element[] = [];

    /** A ping's steps (position -1: before the first), when the page steps through them itself. */
    private steps?: ShowSteps;
    private position = -1;
    /** The mark labels added to the page, removed with the next drawing. */
    private labels: Element[] = [];

    handle(action: Action): void {
        if (action.kind === 'hvnetShowSteps') {
            this.steps = action as ShowSteps;
            // how many pings' steps arrived, for tests waiting for the reply to a ping
            (window as any).hvnetShownSteps = ((window as any).hvnetShownSteps ?? 0) + 1;
            this.pause();
            this.moveTo(-1);
            return;
        }
        this.steps = undefined; // the Eclipse Simulation view drives the steps now
        this.show(action as ShowStep);
    }

    private show(show: ShowStep): void {
        this.shown = show;
        const t0 = performance.now();
        this.draw();
        this.drawnAt = performance.now();
        // what drawing a step costs in the page, apart from the trip to the server (the client test prints it)
        const w = window as any;
        (w.hvnetStepDrawMillis = w.hvnetStepDrawMillis ?? []).push(this.drawnAt - t0);
        (window as any).hvnetLastStep = show;
        hostEvent('step', JSON.stringify({ index: show.step.index, count: show.step.count, element: show.step.element ?? null, flow: show.step.flow ?? null }));
        if (show.controls) {
            this.toolbar(show.step);
        }
        if (this.playing) {
            this.schedule();
        }
    }

    decorate(vnode: VNode): VNode {
        return vnode;
    }

    postUpdate(): void {
        // a render may have replaced the elements the step or the marks were drawn on
        const element = this.shown?.step.element;
        if ((element && !byId(element)?.classList.contains('step-current')) || this.decorated.some(e => !e.isConnected)) {
            this.draw();
        }
    }

    /** Moves through the ping's steps in the page (the toolbar's buttons, tests); nothing to ask the server. */
    step(command: 'forward' | 'back' | 'reset' | 'goto', index = 0): Promise<void> {
        const count = this.steps?.steps.length ?? 0;
        const to = command === 'forward' ? this.position + 1 : command === 'back' ? this.position - 1
            : command === 'reset' ? -1 : index;
        this.moveTo(Math.max(-1, Math.min(count - 1, to)));
        return Promise.resolve();
    }

    private moveTo(position: number): void {
        const steps = this.steps;
        if (!steps) {
            return;
        }
        this.position = position;
        const count = steps.steps.length;
        this.show({
            kind: 'hvnetShowStep',
            step: position < 0 ? { index: -1, count } : steps.steps[position],
            edges: position < 0 ? [] : steps.edges[position] ?? [],
            marks: steps.marks,
            controls: true
        } as ShowStep);
    }

    play(): void {
        this.playing = true;
        this.updatePlayButton();
        this.tick();
    }

    pause(): void {
        this.playing = false;
        window.clearTimeout(this.timer);
        this.updatePlayButton();
    }

    private schedule(): void {
        window.clearTimeout(this.timer);
        const delay = Math.round(1000 / this.speed);
        this.timer = window.setTimeout(() => this.tick(), Math.max(0, delay - (performance.now() - this.drawnAt)));
    }

    private tick(): void {
        const step = this.shown?.step;
        if (!this.playing || !step || step.index >= step.count - 1) {
            this.pause();
            return;
        }
        this.step('forward');
    }

    private clear(): void {
        this.decorated.forEach(e => e.classList.remove('step-current', 'step-edge', 'step-flooded', 'unplugged', 'disabled', 'diagnosis-place'));
        this.decorated = [];
        this.labels.forEach(l => l.remove());
        this.labels = [];
        document.getElementById('hvnet-step-badge')?.remove();
        document.body.classList.toggle('hvnet-stepping', (this.shown?.step.index ?? -1) >= 0);
    }

    private draw(): void {
        this.clear();
        const show = this.shown;
        if (!show) {
            return;
        }
        const step = show.step;
        if (step.element) {
            const element = byId(step.element);
            if (element) {
                element.classList.add('step-current');
                this.decorated.push(element);
                const badge = document.createElementNS(SVG, 'text');
                badge.id = 'hvnet-step-badge';
                badge.setAttribute('class', 'step-badge');
                badge.setAttribute('x', '0');
                badge.setAttribute('y', '-8');
                badge.setAttribute('data-element', step.element);
                badge.setAttribute('data-flow', step.flow === undefined || step.flow === null ? '' : String(step.flow));
                badge.setAttribute('data-index', String(step.index));
                // the flow and what happened; the frame itself is in the panel, where it has room
                badge.textContent = (step.flow ? `⟨${step.flow}⟩ ` : '') + (step.action ?? '')
                    + (step.flooded ? ` to ${show.edges.length} ports` : '');
                element.appendChild(badge);
            }
        }
        for (const id of show.edges ?? []) {
            const edge = byId(id);
            if (edge) {
                edge.classList.add('step-edge');
                if (step.flooded) {
                    edge.classList.add('step-flooded');
                }
                this.decorated.push(edge);
            }
        }
        this.mark(show.marks);
        this.panel(step);
    }

    /** The ping's marks: unplugged cables, disabled adapters, the diagnosis's place with its sentence. */
    private mark(marks: Marks | undefined): void {
        for (const id of marks?.unplugged ?? []) {
            const edge = byId(id);
            if (edge) {
                edge.classList.add('unplugged');
                this.decorated.push(edge);
                const path = edge.querySelector('path');
                const middle = path && path.getTotalLength() > 0 ? path.getPointAtLength(path.getTotalLength() / 2) : { x: 0, y: 0 };
                this.label(edge, 'unplugged', 'outage-label', middle.x, middle.y - 4);
            }
        }
        for (const id of marks?.disabled ?? []) {
            const node = byId(id);
            if (node) {
                node.classList.add('disabled');
                this.decorated.push(node);
                this.label(node, 'disabled', 'outage-label', 0, this.height(node) + 12);
            }
        }
        if (marks?.place) {
            const place = byId(marks.place);
            if (place) {
                place.classList.add('diagnosis-place');
                this.decorated.push(place);
                const lines = wrap('✖ ' + (marks.diagnosis ?? 'the ping failed here'), DIAGNOSIS_LINE, DIAGNOSIS_LINES);
                const label = this.label(place, '', 'diagnosis-label', 0, -22 - (lines.length - 1) * DIAGNOSIS_LINE_HEIGHT);
                // one tspan per line, each but the last ending in its space, so the text reads as the sentence
                lines.forEach((line, i) => {
                    const span = document.createElementNS(SVG, 'tspan');
                    span.setAttribute('x', '0');
                    if (i > 0) {
                        span.setAttribute('dy', String(DIAGNOSIS_LINE_HEIGHT));
                    }
                    span.textContent = i < lines.length - 1 ? line + ' ' : line;
                    label.appendChild(span);
                });
            }
        }
    }

    private label(on: Element, text: string, css: string, x: number, y: number): Element {
        const label = document.createElementNS(SVG, 'text');
        label.setAttribute('class', css);
        label.setAttribute('x', String(x));
        label.setAttribute('y', String(y));
        label.textContent = text;
        on.appendChild(label);
        this.labels.push(label);
        return label;
    }

    private height(node: Element): number {
        const shape = node.querySelector(':scope > rect, :scope > .sprotty-node') as SVGGraphicsElement | null;
        try {
            return shape ? shape.getBBox().height : 0;
        } catch (e) {
            return 0; // not laid out yet
        }
    }

    /** The step in words and the switch's MAC table, at the top right of the page. */
    private panel(step: StepPicture): void {
        let panel = document.getElementById('hvnet-step-panel');
        if (!panel) {
            panel = document.createElement('div');
            panel.id = 'hvnet-step-panel';
            document.body.appendChild(panel);
        }
        panel.textContent = '';
        panel.style.display = step.index < 0 && !this.shown?.controls ? 'none' : 'block';
        const title = document.createElement('div');
        title.className = 'hvnet-step-title';
        title.textContent = step.index < 0
            ? `${step.count} steps: press ▶ or step forward`
            : `step ${step.index + 1} of ${step.count}` + (step.flow ? ` · flow ${step.flow}` : '') + ` · ${step.element}`;
        panel.appendChild(title);
        const diagnosis = this.shown?.marks?.diagnosis;
        if (diagnosis) {
            const why = document.createElement('div');
            why.className = 'hvnet-step-diagnosis';
            why.textContent = 'unreachable: ' + diagnosis;
            panel.appendChild(why);
        }
        if (step.summary) {
            const summary = document.createElement('div');
            summary.className = 'hvnet-step-summary';
            summary.textContent = step.summary;
            panel.appendChild(summary);
        }
        if (step.macSwitch) {
            const table = document.createElement('table');
            table.className = 'hvnet-mac-table';
            const caption = table.createCaption();
            caption.textContent = `MAC table of ${step.macSwitch}`;
            const head = table.insertRow();
            for (const h of ['MAC', 'port', 'VLAN']) {
                const th = document.createElement('th');
                th.textContent = h;
                head.appendChild(th);
            }
            for (const row of step.macTable ?? []) {
                const tr = table.insertRow();
                if (row.learnt) {
                    tr.className = 'learnt';
                }
                for (const v of [row.mac, row.port, String(row.vlan)]) {
                    tr.insertCell().textContent = v;
                }
            }
            if ((step.macTable ?? []).length === 0) {
                table.insertRow().insertCell().textContent = '(empty)';
            }
            panel.appendChild(table);
        }
    }

    private toolbar(step: StepPicture): void {
        let bar = document.getElementById('hvnet-stepper');
        if (!bar) {
            bar = document.createElement('div');
            bar.id = 'hvnet-stepper';
            const button = (name: string, label: string, title: string, run: () => void) => {
                const b = document.createElement('button');
                b.dataset.step = name;
                b.textContent = label;
                b.title = title;
                b.addEventListener('click', run);
                bar!.appendChild(b);
            };
            button('reset', '|◀', 'Reset: back to before the first step', () => { this.pause(); this.step('reset'); });
            button('back', '◀', 'Step back', () => { this.pause(); this.step('back'); });
            button('play', '▶', 'Play / pause', () => (this.playing ? this.pause() : this.play()));
            button('forward', '▶|', 'Step forward', () => { this.pause(); this.step('forward'); });
            const speed = document.createElement('select');
            speed.dataset.step = 'speed';
            speed.title = 'Steps per second when playing';
            for (const s of [...SPEEDS].sort((a, b) => a - b)) {
                const o = document.createElement('option');
                o.value = String(s);
                o.textContent = `${s}/s`;
                o.selected = s === this.speed;
                speed.appendChild(o);
            }
            speed.addEventListener('change', () => (this.speed = Number(speed.value)));
            bar.appendChild(speed);
            const where = document.createElement('span');
            where.className = 'hvnet-step-where';
            bar.appendChild(where);
            document.body.appendChild(bar);
        }
        bar.style.display = 'flex';
        const where = bar.querySelector('.hvnet-step-where')!;
        where.textContent = `${step.index + 1} / ${step.count}`;
        this.updatePlayButton();
    }

    private updatePlayButton(): void {
        const play = document.querySelector('#hvnet-stepper button[data-step="play"]');
        if (play) {
            play.textContent = this.playing ? '||' : '▶';
        }
    }
}
