import 'reflect-metadata';

import {
    ApplyLabelEditOperation,
    BaseJsonrpcGLSPClient,
    CreateEdgeOperation,
    CreateNodeOperation,
    DeleteElementOperation,
    DiagramLoader,
    GLSPActionDispatcher,
    LayoutOperation,
    RedoAction,
    RequestAction,
    RequestExportSvgAction,
    STANDALONE_MODULE_CONFIG,
    SelectAllAction,
    UndoAction,
    CenterAction,
    FitToScreenAction,
    SetViewportAction,
    GModelRoot,
    ModelInitializationConstraint,
    EditorContextService,
    createDiagramOptionsModule,
    initializeDiagramContainer,
    SelectionService,
    undoRedoModule
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@vscode/codicons/dist/codicon.css';
import './hvnet.css';
import { hvnetDiagramModule } from './diagram-module';
import { hostEvent } from './host';
import { httpConnection, swtConnection } from './transport';
import { Stepper } from './stepper';

const DIAGRAM_TYPE = 'hvnet-diagram';
const params = new URLSearchParams(window.location.search);
const sourceUri = params.get('source') ?? '';
const transport = params.get('transport') ?? 'http';
// the launch's key, only in the address `hvnet diagram` printed (see DiagramWebServer)
const key = params.get('key') ?? '';

/** The diagram as a self-contained SVG document: the rendered graph with the page's stylesheet rules inlined. */
function standaloneSvg(): string {
    const graph = document.querySelector('svg.sprotty-graph') as SVGSVGElement | null;
    if (!graph) {
        return '';
    }
    const copy = graph.cloneNode(true) as SVGSVGElement;
    const content = graph.querySelector('g') as SVGGElement | null;
    const box = content ? content.getBBox() : { x: 0, y: 0, width: 800, height: 600 };
    const inner = copy.querySelector('g');
    inner?.removeAttribute('transform');
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('viewBox', `${box.x - 10} ${box.y - 10} ${box.width + 20} ${box.height + 20}`);
    copy.setAttribute('width', String(Math.ceil(box.width + 20)));
    copy.setAttribute('height', String(Math.ceil(box.height + 20)));
    const rules: string[] = [];
    for (const sheet of Array.from(document.styleSheets)) {
        try {
            for (const rule of Array.from(sheet.cssRules)) {
                if (rule.cssText.includes('sprotty') || rule.cssText.includes('flow') || rule.cssText.includes('kind-icon') || /\.(host|vm|nic|vnic|adapter|vswitch|pswitch|server|parent|cable|virtual|uplink)/.test(rule.cssText)) {
                    rules.push(rule.cssText);
                }
            }
        } catch (e) {
            // a stylesheet from elsewhere cannot be read; the diagram's own ones can
        }
    }
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = rules.join('\n');
    copy.insertBefore(style, copy.firstChild);
    return new XMLSerializer().serializeToString(copy);
}
(window as any).hvnetSvg = standaloneSvg;

/**
 * The whole diagram as a PNG (not just what the view shows): the standalone SVG drawn onto a canvas, at twice the
 * size while that stays under 8,000 pixels a side. Browsers draw images asynchronously and the Eclipse host can only
 * call synchronously, so this starts the drawing and leaves the data URL (or 'error: ...') in window.hvnetPngResult.
 */
function startPng(): void {
    const w = window as any;
    w.hvnetPngResult = undefined;
    const svg = standaloneSvg();
    const size = /width="(\d+)" height="(\d+)"/.exec(svg.substring(0, svg.indexOf('>') + 1));
    if (!svg || !size) {
        w.hvnetPngResult = 'error: no diagram drawn';
        return;
    }
    const width = Number(size[1]);
    const height = Number(size[2]);
    const scale = Math.max(0.25, Math.min(2, 8000 / Math.max(width, height)));
    const image = new Image();
    image.onload = () => {
        try {
            const canvas = document.createElement('canvas');
            canvas.width = Math.round(width * scale);
            canvas.height = Math.round(height * scale);
            const g = canvas.getContext('2d')!;
            g.fillStyle = '#ffffff';
            g.fillRect(0, 0, canvas.width, canvas.height);
            g.scale(scale, scale);
            g.drawImage(image, 0, 0, width, height);
            w.hvnetPngResult = canvas.toDataURL('image/png');
        } catch (e) {
            w.hvnetPngResult = 'error: ' + e;
        }
    };
    image.onerror = () => (w.hvnetPngResult = 'error: the SVG did not load as an image');
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
}
(window as any).hvnetStartPng = startPng;

/**
 * In Eclipse, Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z are the workbench's Undo and Redo, on the text's history (shared with a
 * text editor of the file). The page does nothing with them but mark them handled: a key the page leaves unhandled,
 * WebKitGTK hands back to the workbench, which then ran Undo three times for one Ctrl+Z (SWT's WebKit browser passes
 * such keys on more than once, eclipse.platform.swt issue 1200); and GLSP's undo keys would send an undo of their own.
 */
function leaveUndoKeysToEclipse(): void {
    window.addEventListener('keydown', e => {
        const undoRedo = e.ctrlKey && !e.altKey && (e.code === 'KeyZ' || e.code === 'KeyY');
        if (undoRedo && !isTextField(e.target)) {
            e.preventDefault();
        }
    }, true);
}

/**
 * Tells the Eclipse editor whether the user is typing in a text field of the page (a name edited in place, the
 * command palette). WebKitGTK hands the workbench the keys the page gets, so the workbench's Undo, Redo, Delete and
 * Select All would act on the diagram and its file while the user types: Ctrl+Z undid the last diagram edit. The
 * editor leaves those keys to the field then (DiagramEditor). A field that is hidden keeps the focus in WebKit
 * without a focusout (sprotty hides the name's field on Escape and gives the focus back only to an element that had
 * it), so while a field has the focus, changes of the page are watched for it being hidden.
 */
function reportTextFieldFocus(): void {
    let typing = false;
    const whileTyping = new MutationObserver(() => tell(typingIn(document.activeElement)));
    const tell = (now: boolean) => {
        if (now === typing) {
            return;
        }
        typing = now;
        if (now) {
            whileTyping.observe(document.body, { attributes: true, attributeFilter: ['style', 'class', 'hidden'], subtree: true, childList: true });
        } else {
            whileTyping.disconnect();
        }
        hostEvent('typing', String(now));
    };
    window.addEventListener('focusin', e => tell(typingIn(e.target)), true);
    // focusout names the element that takes the focus next (none when the page loses it)
    window.addEventListener('focusout', e => tell(typingIn(e.relatedTarget)), true);
}

function typingIn(target: EventTarget | null): boolean {
    return isTextField(target) && target instanceof HTMLElement && target.isConnected
        && getComputedStyle(target).visibility !== 'hidden' && target.getClientRects().length > 0;
}

function isTextField(target: EventTarget | null): boolean {
    return target instanceof HTMLTextAreaElement
        || (target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'submit'].includes(target.type))
        || (target instanceof HTMLElement && target.isContentEditable);
}

let savedViewport: { id: string; scroll: { x: number; y: number }; zoom: number } | undefined;

async function start(): Promise<void> {
    const t0 = performance.now();
    // the connection opens (and the server sets up the session) while the diagram's container is made below
    const connection = transport === 'swt' ? swtConnection() : httpConnection(window.location.origin, key);
    connection.catch(() => undefined); // reported when the client starts and awaits it
    const client = new BaseJsonrpcGLSPClient({ id: 'hvnet', connectionProvider: () => connection });
    const container = initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule(
            { clientId: 'hvnet', diagramType: DIAGRAM_TYPE, glspClientProvider: async () => client, sourceUri },
            // GLSP stops zooming out at 0.1, too close to see a network of a thousand nodes whole
            { zoomLimits: { min: 0.01, max: 20 } }
        ),
        hvnetDiagramModule,
        STANDALONE_MODULE_CONFIG,
        // in Eclipse, Undo and Redo are the workbench's (see leaveUndoKeysToEclipse)
        transport === 'swt' ? { remove: undoRedoModule } : {}
    );
    if (transport === 'swt') {
        leaveUndoKeysToEclipse();
        reportTextFieldFocus();
    }
    const dispatcher = container.get(GLSPActionDispatcher);
    // hooks for the Eclipse editor (its Edit menu, zoom, export) and for tests driving the page
    (window as any).hvnet = {
        dispatcher,
        createNode: (type: string, containerId?: string, x = 40, y = 40) =>
            dispatcher.dispatch(CreateNodeOperation.create(type, { containerId, location: { x, y } })),
        connect: (type: string, sourceElementId: string, targetElementId: string) =>
            dispatcher.dispatch(CreateEdgeOperation.create({ elementTypeId: type, sourceElementId, targetElementId })),
        rename: (id: string, text: string) => dispatcher.dispatch(ApplyLabelEditOperation.create({ labelId: id + '/name', text })),
        // Edit > Delete in Eclipse: what GLSP's Delete key sends (the selected elements' ids; the drawing's
        // "selected" marks also sit on labels, whose ids name no element)
        deleteSelection: () => {
            const ids = container.get(SelectionService).getSelectedElementIDs();
            return ids.length > 0 ? dispatcher.dispatch(DeleteElementOperation.create(ids)) : Promise.resolve();
        },
        // Escape never reaches the page in Eclipse (SWT's WebKit browser keeps it for the workbench); the editor
        // hands it on from there: it cancels a name's edit, closes the command palette, ends a tool
        escape: () => {
            const target = document.activeElement ?? document.body;
            for (const type of ['keydown', 'keyup']) {
                target.dispatchEvent(new KeyboardEvent(type, { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true, cancelable: true }));
            }
        },
        undo: () => dispatcher.dispatch(UndoAction.create()),
        redo: () => dispatcher.dispatch(RedoAction.create()),
        selectAll: () => dispatcher.dispatch(SelectAllAction.create(true)),
        layout: () => dispatcher.dispatch(LayoutOperation.create([])),
        fit: () => dispatcher.dispatch(FitToScreenAction.create([], { padding: 20 })),
        zoom: (factor: number) => {
            const root = container.get(EditorContextService).modelRoot as GModelRoot & { zoom: number; scroll: { x: number; y: number } };
            return dispatcher.dispatch(SetViewportAction.create(root.id, { scroll: root.scroll, zoom: root.zoom * factor }, { animate: false }));
        },
        center: () => dispatcher.dispatch(CenterAction.create([])),
        // an export needs every element drawn, and the view draws only what is on screen: the whole diagram is
        // fitted into view first and the user's viewport put back afterwards
        prepareExport: () => {
            const root = container.get(EditorContextService).modelRoot as GModelRoot & { zoom: number; scroll: { x: number; y: number } };
            savedViewport = { id: root.id, scroll: { ...root.scroll }, zoom: root.zoom };
            return dispatcher.dispatch(FitToScreenAction.create([], { padding: 20, animate: false }));
        },
        exportMissing: () => {
            const drawn = new Set(Array.from(document.querySelectorAll('[id^="hvnet_"]')).map(e => e.id.replace(/^hvnet_/, '')));
            return Array.from(container.get(EditorContextService).modelRoot.index.all())
                .filter(e => e.type.startsWith('node:') && !drawn.has(e.id)).map(e => e.id).join(' ');
        },
        restoreViewport: () => savedViewport
            ? dispatcher.dispatch(SetViewportAction.create(savedViewport.id, { scroll: savedViewport.scroll, zoom: savedViewport.zoom }, { animate: false }))
            : Promise.resolve(),
        exportSvg: () => dispatcher.dispatch(RequestExportSvgAction.create()),
        // the ping's reply is every step's drawing (hvnetShowSteps), handed to the stepper; a scenario's ping is
        // named by the scenario and its index (from 0), as the context menu's Scenario Ping items do
        ping: async (from: string, to: string) => container.get(Stepper).handle(
            await dispatcher.request({ kind: 'hvnetPing', from, to, requestId: RequestAction.generateRequestId() } as any)),
        scenarioPing: async (scenario: string, index: number) => container.get(Stepper).handle(
            await dispatcher.request({ kind: 'hvnetPing', scenario, index, requestId: RequestAction.generateRequestId() } as any)),
        // stepping through the last ping in the page: 'forward' | 'back' | 'reset' | 'goto' (index), and playing
        step: (command: 'forward' | 'back' | 'reset' | 'goto', index = 0) => container.get(Stepper).step(command, index),
        play: () => container.get(Stepper).play(),
        pause: () => container.get(Stepper).pause(),
        // the Eclipse Simulation view's steps: drawn by the server like the page's own (see DrawStepAction)
        drawStep: (step: unknown) => dispatcher.dispatch({ kind: 'hvnetDrawStep', step } as any),
        svg: () => standaloneSvg(),
        element: (id: string) => container.get(EditorContextService).modelRoot.index.getById(id),
        elements: () => container.get(EditorContextService).modelRoot.index.all(),
        renderedIds: () => Array.from(document.querySelectorAll('[id^="hvnet_"]')).map(e => e.id.replace(/^hvnet_/, ''))
    };
    await container.get(DiagramLoader).load();
    // loading only asks for the model: the constraint is met once the first model has been drawn
    await container.get(ModelInitializationConstraint).onInitialized();
    // show the whole network first; the user zooms in from there
    await dispatcher.dispatch(FitToScreenAction.create([], { padding: 24, maxZoom: 1, animate: false }));
    await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const millis = Math.round(performance.now() - t0);
    (window as any).hvnetLoadMillis = millis;
    hostEvent('loaded', String(millis));
}

start().catch(e => {
    const box = document.getElementById('hvnet-error');
    if (box) {
        box.textContent = String(e?.message ?? e);
        box.style.display = 'block';
    }
    hostEvent('error', String(e?.message ?? e));
});
