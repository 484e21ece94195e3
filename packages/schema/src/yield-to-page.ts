/**
 * Lets the page respond between two slices of long work (validating a 20 MB file, building a
 * search index). `setTimeout(0)` is clamped to 4 ms once timers nest, which on 100,000 documents
 * adds a quarter to the work for nothing; these do not wait: `setImmediate` (Node), a
 * MessageChannel task (browsers), else setTimeout. Each is an ordinary new task, so input,
 * rendering and the page's other tasks run in between. Not `scheduler.yield()`: its continuations
 * go before other queued tasks, so an index built in the background would hold them back.
 */
export function yieldToPage(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    return new Promise((resolve) => {
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
