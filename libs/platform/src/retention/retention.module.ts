import { DynamicModule, Global, Module } from '@nestjs/common';
import { RetentionPolicies } from './retention-policies';
import { RETENTION_OPTIONS, RetentionOptions, RetentionWork } from './retention.work';

export type RetentionModuleOptions = RetentionOptions & { inboxRetentionMs: number };

/** Retention for every service: the registry of policies (the inbox's registered here) and the work that applies them. */
@Global()
@Module({})
export class RetentionModule {
  static forService(options: RetentionModuleOptions): DynamicModule {
    return {
      module: RetentionModule,
      providers: [
        { provide: RETENTION_OPTIONS, useValue: { schema: options.schema } },
        {
          provide: RetentionPolicies,
          useFactory: () => {
            const policies = new RetentionPolicies();
            policies.add({ name: 'inbox', table: 'inbox', column: 'received_at', keepForMs: options.inboxRetentionMs });
            return policies;
          },
        },
        RetentionWork,
      ],
      exports: [RetentionPolicies],
    };
  }
}
