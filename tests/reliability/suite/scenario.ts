import { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { PrivateBroker, PrivatePostgres, TestTokenSigner } from '@sluitend/testing';

export type Size = 'smoke' | 'full';

/** What every scenario gets: the shared broker and database (never stopped), and the private ones it may restart. */
export type SuiteContext = {
  root: string;
  size: Size;
  brokers: string;
  kafka: Kafka;
  databaseUrl: string;
  pool: Pool;
  privateBroker: () => Promise<PrivateBroker>;
  privatePostgres: () => Promise<PrivatePostgres>;
  /** The suite's token issuer (its JWKS on loopback), which the fixture services verify against. */
  auth: Record<string, string>;
  /** A token of that issuer for an organisation and roles (R6 calls the real services' APIs). */
  token: TestTokenSigner['token'];
};

export type Verdict = 'PASS' | 'FAIL' | 'ABSENT';

/** One row of the table. */
export type Outcome = { id: string; fault: string; size: string; result: string; verdict: Verdict; seconds?: number };

export type Scenario = { id: string; fault: string; run: (context: SuiteContext) => Promise<Omit<Outcome, 'id' | 'fault'>> };

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const fmt = (n: number) => n.toLocaleString('en-US');

/** Seconds since `started`, one decimal. */
export const secondsSince = (started: number) => Math.round((Date.now() - started) / 100) / 10;

/** Logs progress on stderr: stdout holds only the table. */
export const note = (message: string) => process.stderr.write(`  ${message}\n`);
