// The icon of each kind of node, drawn at its top right: Codicons (CC BY 4.0, https://github.com/microsoft/vscode-codicons),
// taken from the npm package at build time and drawn as SVG paths, so exported SVG and PNG show them too.
import { svg } from '@eclipse-glsp/client';
import type { VNode } from 'snabbdom';
import host from '@vscode/codicons/src/icons/server-environment.svg?raw';
import nic from '@vscode/codicons/src/icons/circuit-board.svg?raw';
import vswitch from '@vscode/codicons/src/icons/type-hierarchy.svg?raw';
import parent from '@vscode/codicons/src/icons/home.svg?raw';
import plug from '@vscode/codicons/src/icons/plug.svg?raw';
import vm from '@vscode/codicons/src/icons/vm.svg?raw';
import pswitch from '@vscode/codicons/src/icons/arrow-swap.svg?raw';
import server from '@vscode/codicons/src/icons/server.svg?raw';

type PathAttributes = Record<string, string>;

const SOURCES: Record<string, string> = {
    'node:host': host,
    'node:nic': nic,
    'node:vswitch': vswitch,
    'node:parent': parent,
    'node:vnic': plug,
    'node:vm': vm,
    'node:adapter': plug,
    'node:pswitch': pswitch,
    'node:server': server
};

/** The path elements of an icon's SVG text, with the attributes that shape them. */
function paths(text: string): PathAttributes[] {
    const result: PathAttributes[] = [];
    for (const match of text.matchAll(/<path\b([^>]*?)\/?>/g)) {
        const attributes: PathAttributes = {};
        for (const a of match[1].matchAll(/([\w-]+)="([^"]*)"/g)) {
            if (a[1] === 'd' || a[1] === 'fill-rule' || a[1] === 'clip-rule') {
                attributes[a[1]] = a[2];
            }
        }
        if (attributes.d) {
            result.push(attributes);
        }
    }
    return result;
}

const PATHS: Record<string, PathAttributes[]> = Object.fromEntries(
    Object.entries(SOURCES).map(([type, text]) => [type, paths(text)])
);

/** The icon of a node of {@code type}, 16 px square with its top left at x, y; undefined for other types. */
export function kindIcon(type: string, x: number, y: number): VNode | undefined {
    const shapes = PATHS[type];
    if (!shapes || shapes.length === 0) {
        return undefined;
    }
    return svg('g', { attrs: { transform: `translate(${x}, ${y})` }, class: { 'kind-icon': true } },
        ...shapes.map(attrs => svg('path', { attrs })));
}
