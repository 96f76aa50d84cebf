import { Module } from '@nestjs/common';
import { RouteringRepository } from './database/routering.repository';
import { BepaalRoutingContext } from './queries/routing-context/routing-context';

/**
 * Routing: what an event about a student carries so notificaties can find who must act (woongemeente, RMC-regio,
 * school, minderjarig), taken from the student's dossier. Every capability that publishes about a student uses it.
 */
@Module({ providers: [RouteringRepository, BepaalRoutingContext], exports: [BepaalRoutingContext] })
export class RouteringModule {}
