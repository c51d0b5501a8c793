import type { Answers, MessageOf, MessageType, Reply } from './protocol';

/** Sends a declared message to the background and returns its typed answer (throws its error). */
export async function sendMessage<K extends MessageType>(
  message: MessageOf<K> & { type: K },
): Promise<Answers[K]> {
  const reply: Reply<Answers[K]> | undefined = await browser.runtime.sendMessage(message);
  if (!reply) throw new Error('the background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
