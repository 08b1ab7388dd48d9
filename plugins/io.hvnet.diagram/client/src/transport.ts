// How the client talks to hvnet's in-process GLSP server: JSON-RPC texts, either through the SWT Browser's
// bridge functions (inside Eclipse) or through HTTP (the standalone viewer: POST for client-to-server, an
// EventSource for server-to-client). No sockets, so nothing to open on the machine.
import {
    AbstractMessageReader,
    AbstractMessageWriter,
    DataCallback,
    Disposable,
    Message,
    MessageConnection,
    createMessageConnection
} from 'vscode-jsonrpc/browser';

type Send = (text: string) => void;

class TextReader extends AbstractMessageReader {
    private callback?: DataCallback;
    private readonly early: Message[] = [];

    listen(callback: DataCallback): Disposable {
        this.callback = callback;
        this.early.splice(0).forEach(m => callback(m));
        return Disposable.create(() => (this.callback = undefined));
    }

    deliver(text: string): void {
        const message = JSON.parse(text) as Message;
        if (this.callback) {
            this.callback(message);
        } else {
            this.early.push(message);
        }
    }
}

class TextWriter extends AbstractMessageWriter {
    constructor(private readonly send: Send) {
        super();
    }

    async write(message: Message): Promise<void> {
        this.send(JSON.stringify(message));
    }

    end(): void {
        // the host owns the channel's lifetime
    }
}

function connection(send: Send): { connection: MessageConnection; reader: TextReader } {
    const reader = new TextReader();
    return { connection: createMessageConnection(reader, new TextWriter(send)), reader };
}

/** Inside Eclipse: the editor defines window.hvnetSend and calls window.hvnetReceive. */
export async function swtConnection(): Promise<MessageConnection> {
    const w = window as any;
    for (let i = 0; i < 100 && typeof w.hvnetSend !== 'function'; i++) {
        // the SWT BrowserFunction appears shortly after the page's first scripts run
        await new Promise(resolve => setTimeout(resolve, 20));
    }
    if (typeof w.hvnetSend !== 'function') {
        throw new Error('hvnet: the Eclipse host did not provide hvnetSend');
    }
    const { connection: c, reader } = connection(text => w.hvnetSend(text));
    w.hvnetReceive = (text: string) => reader.deliver(text);
    return c;
}

/**
 * The standalone viewer: POST /glsp?session=S and an EventSource on /glsp/events?session=S. `key` is the launch's
 * secret from the page's address: POSTs carry it in a header, the event stream (EventSource sets no headers) in its
 * address; the server refuses requests without it, and POSTs that are not application/json.
 */
export async function httpConnection(base: string, key: string): Promise<MessageConnection> {
    const random = new Uint32Array(4);
    crypto.getRandomValues(random);
    const session = Array.from(random, n => n.toString(36)).join('');
    // one POST at a time: parallel requests may overtake each other, and JSON-RPC needs its messages in order
    let posted: Promise<unknown> = Promise.resolve();
    const { connection: c, reader } = connection(text => {
        posted = posted
            .then(() => fetch(`${base}/glsp?session=${session}`, {
                method: 'POST',
                body: text,
                headers: { 'Content-Type': 'application/json', 'X-Hvnet-Key': key }
            }))
            .then(response => {
                if (!response.ok) {
                    console.error(`hvnet: the diagram server refused a message (${response.status})`);
                }
            })
            .catch(e => console.error('hvnet: message to the diagram server lost', e));
    });
    const events = new EventSource(`${base}/glsp/events?session=${session}&key=${encodeURIComponent(key)}`);
    events.onmessage = e => reader.deliver(e.data);
    await new Promise<void>((resolve, reject) => {
        events.onopen = () => resolve();
        events.onerror = () => reject(new Error('hvnet: cannot reach the diagram server at ' + base));
    });
    return c;
}
