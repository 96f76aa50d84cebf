import { Injectable } from '@nestjs/common';

/** Whether this process still does its job; a part that failed for good (a crashed consumer) says why here. */
@Injectable()
export class Liveness {
  private reason: string | null = null;

  fail(reason: string): void {
    this.reason ??= reason;
  }

  get failure(): string | null {
    return this.reason;
  }
}
