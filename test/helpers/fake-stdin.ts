/**
 * A keyboard for Ink without a terminal: what Ink's input handling reads from stdin (raw mode,
 * 'readable' then read()). Shared by the review's tests and its benchmark.
 */
import { EventEmitter } from 'node:events';

/** Stdin that delivers each `write` as one keypress, at once. */
export class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private data: string | null = null;
  write(data: string): void {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  }
  read = (): string | null => {
    const { data } = this;
    this.data = null;
    return data;
  };
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}
