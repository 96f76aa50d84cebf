import type { Kafka } from 'kafkajs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidBsn } from '@sluitend/domain-nl';
import { readTopic } from '@sluitend/messaging';

/**
 * The BSN scan (issue 11 §7): no 9-digit number that passes the 11-proef may appear in a Kafka message or a log line.
 * A candidate is 9 digits not inside a longer run of letters or digits (so not part of a UUID, hash or timestamp).
 */
const KANDIDAAT = /(?<![0-9A-Za-z])\d{9}(?![0-9A-Za-z])/g;

/** Where e2e runs leave their topic scans for `./sluitend test` (set by it); unset, topics are not scanned. */
export const BSN_SCAN_DIR_ENV = 'BSN_SCAN_DIR';

export type BsnTreffer = { waar: string; gemaskeerd: string };
export type TopicScan = { topics: number; berichten: number; treffers: BsnTreffer[] };

/** A BSN never printed whole: its first two digits and the rest masked. */
export const maskeer = (bsn: string): string => `${bsn.slice(0, 2)}*******`;

/** The 9-digit numbers in `tekst` that pass the 11-proef (would-be BSNs). */
export function vindBsns(tekst: string): string[] {
  return [...tekst.matchAll(KANDIDAAT)].map((match) => match[0]).filter(isValidBsn);
}

/** Reads every message of the topics (key, headers, value) and finds BSNs in them. */
export async function scanTopics(kafka: Kafka, topics: readonly string[]): Promise<TopicScan> {
  const scan: TopicScan = { topics: topics.length, berichten: 0, treffers: [] };
  for (const topic of topics) {
    for (const record of await readTopic(kafka, topic)) {
      scan.berichten += 1;
      const tekst = [record.key ?? '', JSON.stringify(record.headers), record.value?.toString('utf8') ?? ''].join('\n');
      for (const bsn of vindBsns(tekst)) scan.treffers.push({ waar: `${topic}[${record.partition}]@${record.offset}`, gemaskeerd: maskeer(bsn) });
    }
  }
  return scan;
}

/** With BSN_SCAN_DIR set: scans a run's topics before they are deleted and leaves the counts for the final report. */
export async function scanRunTopicsVoorVerwijderen(kafka: Kafka, topicPrefix: string, topics: readonly string[]): Promise<void> {
  const dir = process.env[BSN_SCAN_DIR_ENV];
  if (!dir || topics.length === 0) return;
  const scan = await scanTopics(kafka, topics);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${topicPrefix}-${process.pid}-${Date.now()}.json`), JSON.stringify(scan));
}
