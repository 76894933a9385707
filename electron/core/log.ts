// A tiny logger interface so the engine never writes to the console on its own.
export interface Log {
  debug(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export const silentLog: Log = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** A logger writing one line per message to a stream (stderr for the CLI, a file for the app). */
export function streamLog(write: (line: string) => void, minLevel: keyof Log = 'info'): Log {
  const order: (keyof Log)[] = ['debug', 'info', 'warn', 'error'];
  const min = order.indexOf(minLevel);
  const at = (level: keyof Log) => (message: string, detail?: unknown) => {
    if (order.indexOf(level) < min) return;
    const extra = detail === undefined ? '' : ' ' + (detail instanceof Error ? detail.stack ?? detail.message : JSON.stringify(detail));
    write(`${new Date().toISOString()} ${level} ${message}${extra}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
