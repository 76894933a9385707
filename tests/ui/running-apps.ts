// The apps renderApp has started and not yet stopped; the ui setup stops whatever is left after each test.
const running = new Set<() => void>();

// Keeps stop until it is called; calling the returned stop again, or after stopRunningApps, does nothing.
export function trackApp(stop: () => void): () => void {
  const once = () => {
    if (!running.delete(once)) return;
    stop();
  };
  running.add(once);
  return once;
}

export function stopRunningApps(): void {
  for (const stop of [...running]) stop();
}
