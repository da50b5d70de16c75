/**
 * Lets the page run its own tasks (input, painting, its scripts) before
 * extraction goes on (issue #6). A message on a fresh channel is queued as a
 * task like a timer, but browsers do not throttle it in a hidden tab the way
 * they throttle setTimeout.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}
