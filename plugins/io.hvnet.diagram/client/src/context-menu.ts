// A small HTML context menu: the standalone GLSP client asks its host for one and has none of its own.
import { IActionDispatcher, IContextMenuService, MenuItem, Anchor, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

@injectable()
export class HtmlContextMenu implements IContextMenuService {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;
    private menu?: HTMLElement;

    show(items: MenuItem[], anchor: Anchor, onHide?: () => void): void {
        this.hide();
        if (items.length === 0) {
            return;
        }
        const menu = document.createElement('div');
        menu.className = 'hvnet-context-menu';
        menu.style.left = `${anchor.x}px`;
        menu.style.top = `${anchor.y}px`;
        this.fill(menu, items);
        document.body.appendChild(menu);
        this.menu = menu;
        const close = (e: Event) => {
            if (!(e.target instanceof Node) || !menu.contains(e.target)) {
                this.hide();
                onHide?.();
                document.removeEventListener('mousedown', close, true);
            }
        };
        document.addEventListener('mousedown', close, true);
    }

    private fill(parent: HTMLElement, items: MenuItem[]): void {
        for (const item of items) {
            const row = document.createElement('div');
            row.className = 'hvnet-menu-item';
            row.dataset.id = item.id;
            row.textContent = item.label;
            parent.appendChild(row);
            if (item.children && item.children.length > 0) {
                row.classList.add('has-children');
                const sub = document.createElement('div');
                sub.className = 'hvnet-submenu';
                this.fill(sub, item.children);
                row.appendChild(sub);
            } else if (item.actions) {
                row.addEventListener('click', () => {
                    this.hide();
                    void this.dispatcher.dispatchAll(item.actions);
                });
            }
        }
    }

    private hide(): void {
        this.menu?.remove();
        this.menu = undefined;
    }
}
