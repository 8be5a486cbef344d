import type { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import type { EntityType } from "../generated/prisma/enums";

export type Tx = Prisma.TransactionClient;

/** Why a record cannot be deleted, in words an editor understands. */
export class DeleteRefused extends Error {}

/**
 * What the content engine needs to know about one kind of record: its form schema, how to
 * read the published record back into that shape, and how to write it to the public tables.
 */
export interface ContentAdapter<Input> {
  entityType: EntityType;
  schema: z.ZodType<Input, unknown>;
  /** Form fields that repeat (checkbox groups), collected as arrays from a form post. */
  arrayFields: string[];
  /** The published record as form input (for records that have no working copy yet). */
  loadPublished(tx: Tx, entityId: number): Promise<Input | null>;
  /** Writes the input to the public tables; returns the record id and the cache tags it touched. */
  publish(
    tx: Tx,
    input: Input,
    entityId: number | null,
  ): Promise<{ entityId: number; tags: string[] }>;
  /** Deletes the published record, or throws DeleteRefused with the reason. */
  remove(tx: Tx, entityId: number): Promise<{ tags: string[] }>;
  /** Every published record (or those with the given ids), titled for the staff list. */
  listPublished(tx: Tx, ids?: number[]): Promise<{ id: number; title: string }[]>;
  describe(input: Input): string;
  /**
   * Its texts are names, which are written rather than translated (a person's name): they
   * carry no translation status and count in no list of missing or outdated translations.
   */
  namesOnly?: boolean;
}

/** Why a draft cannot be published as it stands (e.g. it refers to a record that is gone). */
export class PublishRefused extends Error {}
