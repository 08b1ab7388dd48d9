// Notifications for the page's host: the Eclipse editor defines window.hvnetEvent (an SWT BrowserFunction);
// in a normal browser they only go to the console when debugging.
export function hostEvent(kind: string, payload: string): void {
    const w = window as any;
    if (typeof w.hvnetEvent === 'function') {
        try {
            w.hvnetEvent(kind, payload);
        } catch (e) {
            console.warn('hvnet: host event failed', e);
        }
    }
}
