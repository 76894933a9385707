// Pushes the engine's events to a browser over Server-Sent Events.
import type { ServerResponse } from 'node:http';
import { API_EVENTS } from '../../shared/api';
import type { Core } from '../core/types';

const HEARTBEAT_MS = 15_000;

export function streamEvents(core: Pick<Core, 'on'>, res: ServerResponse, headers: Record<string, string>): () => void {
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // Tell the browser how soon to reconnect if the host restarts.
  res.write('retry: 2000\n\n');
  const offs = API_EVENTS.map((event) =>
    core.on(event, (payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    }),
  );
  // A comment line now and then keeps proxies and idle timers from closing the stream.
  const beat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
  beat.unref();
  let done = false;
  const stop = () => {
    if (done) return;
    done = true;
    clearInterval(beat);
    for (const off of offs) off();
  };
  res.on('close', stop);
  return () => {
    stop();
    res.end();
  };
}
