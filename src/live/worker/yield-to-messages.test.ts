import { describe, expect, it } from 'vitest';
import { yieldToMessages } from './yield-to-messages';

/** A loop of promise-only steps, as the live feed runs when a camera frame is always waiting. */
async function busyLoop(steps: number, between: () => Promise<void>, log: string[]): Promise<void> {
  for (let i = 0; i < steps; i++) {
    await Promise.resolve();
    log.push('step');
    await between();
  }
}

describe('yieldToMessages', () => {
  it('lets a message that came in during a promise-only loop run before the loop ends', async () => {
    const log: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => log.push('message');
    channel.port2.postMessage('tensor count?');
    await busyLoop(50, yieldToMessages, log);
    channel.port1.close();
    expect(log).toContain('message');
    expect(log.indexOf('message')).toBeLessThan(log.length - 1);
  });

  it('is needed: without it the message waits for the whole loop', async () => {
    const log: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => log.push('message');
    channel.port2.postMessage('tensor count?');
    await busyLoop(50, () => Promise.resolve(), log);
    expect(log).not.toContain('message');
    await yieldToMessages();
    await yieldToMessages();
    channel.port1.close();
    expect(log.at(-1)).toBe('message');
  });
});
