import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128182326 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "custom_order_quote" drop constraint if exists "custom_order_quote_custom_order_id_version_unique";`);
    this.addSql(`alter table if exists "custom_order" drop constraint if exists "custom_order_access_token_hash_unique";`);
    this.addSql(`create table if not exists "custom_order" ("id" text not null, "name" text not null, "email" text not null, "phone" text null, "description" text not null, "colors" text null, "lighter_type" text check ("lighter_type" in ('classic_bic', 'mini_bic', 'other')) null, "quantity" integer not null default 1, "budget" numeric null, "needed_by" timestamptz null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'cancelled', 'expired', 'paid', 'in_production', 'shipped', 'completed')) not null default 'pending', "quote_version" integer not null default 0, "quote_amount" numeric null, "quote_currency_code" text null, "quote_message" text null, "quote_expires_at" timestamptz null, "payment_link_status" text check ("payment_link_status" in ('none', 'active', 'inactive', 'not_configured')) not null default 'none', "payment_link_id" text null, "payment_link_url" text null, "stripe_checkout_session_id" text null, "stripe_payment_intent_id" text null, "paid_at" timestamptz null, "access_token_hash" text null, "submitter_ip_hash" text null, "customer_id" text null, "order_id" text null, "metadata" jsonb null, "raw_budget" jsonb null, "raw_quote_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "custom_order_pkey" primary key ("id"), constraint custom_order_quantity_positive check (quantity >= 1));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_deleted_at" ON "custom_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_status" ON "custom_order" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_created_at" ON "custom_order" ("created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_email" ON "custom_order" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_customer_id" ON "custom_order" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_order_id" ON "custom_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_custom_order_access_token_hash_unique" ON "custom_order" ("access_token_hash") WHERE access_token_hash IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_submitter_ip_hash_created_at" ON "custom_order" ("submitter_ip_hash", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "custom_order_image" ("id" text not null, "file_id" text not null, "content_type" text not null, "size" integer not null, "original_name" text not null, "custom_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "custom_order_image_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_image_custom_order_id" ON "custom_order_image" ("custom_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_image_deleted_at" ON "custom_order_image" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "custom_order_note" ("id" text not null, "author_id" text not null, "text" text not null, "custom_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "custom_order_note_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_note_custom_order_id" ON "custom_order_note" ("custom_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_note_deleted_at" ON "custom_order_note" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "custom_order_quote" ("id" text not null, "version" integer not null, "amount" numeric not null, "currency_code" text not null, "message" text null, "expires_at" timestamptz null, "created_by" text null, "custom_order_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "custom_order_quote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_quote_custom_order_id" ON "custom_order_quote" ("custom_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_quote_deleted_at" ON "custom_order_quote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_custom_order_quote_custom_order_id_version_unique" ON "custom_order_quote" ("custom_order_id", "version") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "custom_order_status_change" ("id" text not null, "from_status" text check ("from_status" in ('pending', 'approved', 'rejected', 'cancelled', 'expired', 'paid', 'in_production', 'shipped', 'completed')) null, "to_status" text check ("to_status" in ('pending', 'approved', 'rejected', 'cancelled', 'expired', 'paid', 'in_production', 'shipped', 'completed')) not null, "actor_type" text check ("actor_type" in ('customer', 'guest', 'admin', 'system')) not null, "actor_id" text null, "reason" text null, "custom_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "custom_order_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_status_change_custom_order_id" ON "custom_order_status_change" ("custom_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_status_change_deleted_at" ON "custom_order_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "custom_order_image" add constraint "custom_order_image_custom_order_id_foreign" foreign key ("custom_order_id") references "custom_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "custom_order_note" add constraint "custom_order_note_custom_order_id_foreign" foreign key ("custom_order_id") references "custom_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "custom_order_quote" add constraint "custom_order_quote_custom_order_id_foreign" foreign key ("custom_order_id") references "custom_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "custom_order_status_change" add constraint "custom_order_status_change_custom_order_id_foreign" foreign key ("custom_order_id") references "custom_order" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "custom_order_image" drop constraint if exists "custom_order_image_custom_order_id_foreign";`);

    this.addSql(`alter table if exists "custom_order_note" drop constraint if exists "custom_order_note_custom_order_id_foreign";`);

    this.addSql(`alter table if exists "custom_order_quote" drop constraint if exists "custom_order_quote_custom_order_id_foreign";`);

    this.addSql(`alter table if exists "custom_order_status_change" drop constraint if exists "custom_order_status_change_custom_order_id_foreign";`);

    this.addSql(`drop table if exists "custom_order" cascade;`);

    this.addSql(`drop table if exists "custom_order_image" cascade;`);

    this.addSql(`drop table if exists "custom_order_note" cascade;`);

    this.addSql(`drop table if exists "custom_order_quote" cascade;`);

    this.addSql(`drop table if exists "custom_order_status_change" cascade;`);
  }

}
