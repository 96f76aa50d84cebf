import { Injectable } from '@nestjs/common';
import { Runner } from '@sluitend/persistence';
import { KalendersRepository } from '../../database/kalenders.repository';
import { aaneengeslotenJaren } from '../../domain/aaneengesloten-jaren';
import { Kalender } from '../../domain/kalender';

const MAX_IN_CACHE = 1_000;

/**
 * The compiled calendar of a school (its newest unbroken run of schooljaren), or null when it has none. Compiled once
 * per school and set of calendar versions and kept (DOMAIN: "cache the compiled Kalender per school and version").
 */
@Injectable()
export class LaadKalender {
  private readonly cache = new Map<string, { sleutel: string; kalender: Kalender }>();

  constructor(private readonly kalenders: KalendersRepository) {}

  async execute({ input }: { input: { brin: string } }, runner: Runner): Promise<Kalender | null> {
    const rijen = await this.kalenders.vanSchool(runner, input.brin);
    if (rijen.length === 0) return null;
    const sleutel = rijen.map((rij) => `${rij.schooljaar}:${rij.versie}`).join('|');
    const bekend = this.cache.get(input.brin);
    if (bekend?.sleutel === sleutel) return bekend.kalender;
    const kalender = Kalender.bouw(aaneengeslotenJaren(rijen.map((rij) => rij.kalender)));
    if (this.cache.size >= MAX_IN_CACHE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(input.brin, { sleutel, kalender });
    return kalender;
  }
}
