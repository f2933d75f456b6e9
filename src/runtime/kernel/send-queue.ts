/** Something that sends one multipart message at a time, like a zeromq v6 socket. */
export interface Sender {
  send(frames: (string | Buffer)[]): Promise<void>;
}

/**
 * Serialises sends on one socket: zeromq v6 rejects a second `send()` with EBUSY while the
 * first is still pending, which can happen when a timeout and a shutdown overlap.
 *
 * @example
 * const send = sendQueue(dealer); await send(frames);
 */
export function sendQueue(socket: Sender): (frames: (string | Buffer)[]) => Promise<void> {
  let tail: Promise<void> = Promise.resolve();
  return (frames) => {
    const next = tail.then(() => socket.send(frames));
    tail = next.catch(() => undefined);
    return next;
  };
}
