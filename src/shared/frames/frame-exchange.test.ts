import { describe, expect, it } from 'vitest';
import { FrameExchange } from './frame-exchange';

function publish(exchange: FrameExchange, value: number): void {
  exchange.backBuffer(2, 1).fill(value);
  exchange.publish({ t: value, availableAt: value * 10, width: 2, height: 1, prepMs: 1 });
}

describe('FrameExchange', () => {
  it('hands the reader the newest published frame, seen from another view of the same memory', async () => {
    const writer = FrameExchange.create(4);
    const reader = new FrameExchange(writer.shared);
    publish(writer, 1);
    publish(writer, 2);
    publish(writer, 3);
    const frame = await reader.take();
    expect(frame).toMatchObject({ t: 3, availableAt: 30, width: 2, height: 1, prepMs: 1 });
    expect([...frame!.rgb]).toEqual([3, 3, 3, 3, 3, 3]);
  });

  it('makes the reader wait for a frame it has not seen, and ends a wait when closed', async () => {
    const writer = FrameExchange.create(4);
    const reader = new FrameExchange(writer.shared);
    publish(writer, 1);
    await reader.take();
    const next = reader.take();
    setTimeout(() => publish(writer, 2), 5);
    expect((await next)?.t).toBe(2);
    const last = reader.take();
    setTimeout(() => writer.close(), 5);
    expect(await last).toBeNull();
  });

  it('never lets the writer write into the frame the reader holds', async () => {
    const writer = FrameExchange.create(4);
    const reader = new FrameExchange(writer.shared);
    for (let i = 1; i <= 50; i++) {
      publish(writer, i);
      if (i % 3 !== 0) continue;
      const held = await reader.take();
      const seen = [...held!.rgb];
      publish(writer, 1000 + i);
      publish(writer, 2000 + i);
      expect([...held!.rgb]).toEqual(seen);
    }
  });

  it('refuses a frame larger than it was made for', () => {
    expect(() => FrameExchange.create(4).backBuffer(3, 2)).toThrow(RangeError);
  });
});
