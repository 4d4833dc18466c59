import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128205243 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stripe_product_mirror" drop constraint if exists "stripe_product_mirror_product_id_unique";`);
    this.addSql(`alter table if exists "stripe_price_mirror" drop constraint if exists "stripe_price_mirror_variant_id_currency_code_unique";`);
    this.addSql(`create table if not exists "stripe_price_mirror" ("id" text not null, "product_id" text not null, "variant_id" text not null, "currency_code" text not null, "amount" numeric not null, "stripe_price_id" text not null, "active" boolean not null default true, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_price_mirror_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stripe_price_mirror_deleted_at" ON "stripe_price_mirror" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_price_mirror_variant_id_currency_code_unique" ON "stripe_price_mirror" ("variant_id", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stripe_price_mirror_product_id" ON "stripe_price_mirror" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stripe_product_mirror" ("id" text not null, "product_id" text not null, "stripe_product_id" text not null, "name" text not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_product_mirror_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stripe_product_mirror_deleted_at" ON "stripe_product_mirror" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_product_mirror_product_id_unique" ON "stripe_product_mirror" ("product_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_price_mirror" cascade;`);

    this.addSql(`drop table if exists "stripe_product_mirror" cascade;`);
  }

}
