// The hvnet notation on the client: which view draws which element type (the server sends sizes, positions and
// CSS classes; hvnet.css gives each kind its colour), plus the bits the Eclipse host listens to.
import {
    Action,
    FeatureModule,
    GEdge,
    GEdgeView,
    GLabel,
    GLabelView,
    GModelElement,
    GModelRoot,
    GNode,
    GPort,
    Hoverable,
    IActionHandler,
    ISelectionListener,
    RectangularNodeView,
    RenderingContext,
    RoundedCornerNodeView,
    Selectable,
    TYPES,
    bindAsService,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    editLabelFeature
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { HtmlContextMenu } from './context-menu';
import { kindIcon } from './kind-icons';
import type { VNode } from 'snabbdom';
import { hostEvent } from './host';
import { Stepper } from './stepper';

const NODES = ['node:host', 'node:nic', 'node:vswitch', 'node:parent', 'node:vnic', 'node:vm', 'node:adapter', 'node:pswitch', 'node:server'];

/** Tells the host what the user selected (Eclipse shows it in the Properties view). */
@injectable()
class HostSelectionListener implements ISelectionListener {
    selectionChanged(_root: Readonly<GModelRoot>, selected: string[]): void {
        hostEvent('selection', JSON.stringify(selected));
    }
}

/** Forwards what the server wants the user to know, and exported SVG, to the host. */
@injectable()
class HostNotifier implements IActionHandler {
    handle(action: Action): void {
        const a = action as any;
        switch (action.kind) {
            case 'status':
            case 'message':
                if (a.message) {
                    hostEvent(action.kind, JSON.stringify({ severity: a.severity, message: a.message }));
                }
                break;
            case 'exportSvg':
                (window as any).hvnetLastSvg = a.svg;
                hostEvent('svg', a.svg);
                break;
            case 'hvnetShowFlow':
                (window as any).hvnetLastFlow = action;
                hostEvent('flow', JSON.stringify(action));
                break;
            default:
                (window as any).hvnetModelUpdates = ((window as any).hvnetModelUpdates ?? 0) + 1;
                hostEvent('model', action.kind);
        }
    }
}

/** A node as GLSP draws it, with the icon of its kind at the top right (the server leaves room for it). */
@injectable()
class KindNodeView extends RoundedCornerNodeView {
    override render(node: Readonly<GNode & Hoverable & Selectable>, context: RenderingContext): VNode | undefined {
        const drawn = super.render(node, context);
        const icon = drawn ? kindIcon(node.type, node.size.width - 20, 5) : undefined;
        if (drawn && icon) {
            drawn.children = [...(drawn.children ?? []), icon];
        }
        return drawn;
    }
}

export const hvnetDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        configureDefaultModelElements(context);
        for (const type of NODES) {
            configureModelElement(context, type, GNode, KindNodeView);
        }
        configureModelElement(context, 'port:switch', GPort, RectangularNodeView);
        configureModelElement(context, 'label:name', GLabel, GLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:detail', GLabel, GLabelView);
        configureModelElement(context, 'label:port', GLabel, GLabelView);
        configureModelElement(context, 'label:flow', GLabel, GLabelView);
        configureModelElement(context, 'edge:cable', GEdge, GEdgeView);
        configureModelElement(context, 'edge:virtual', GEdge, GEdgeView);
        bind(HtmlContextMenu).toSelf().inSingletonScope();
        bind(TYPES.IContextMenuService).toService(HtmlContextMenu);
        bindAsService(context, TYPES.ISelectionListener, HostSelectionListener);
        bind(HostNotifier).toSelf().inSingletonScope();
        for (const kind of ['status', 'message', 'exportSvg', 'hvnetShowFlow', 'setModel', 'updateModel']) {
            configureActionHandler(context, kind, HostNotifier);
        }
        bind(Stepper).toSelf().inSingletonScope();
        configureActionHandler(context, 'hvnetShowStep', Stepper);
        configureActionHandler(context, 'hvnetShowSteps', Stepper);
        bind(TYPES.IVNodePostprocessor).toService(Stepper);
    },
    { featureId: Symbol('hvnetDiagram') }
);

export function isNode(e: GModelElement): boolean {
    return NODES.includes(e.type);
}
