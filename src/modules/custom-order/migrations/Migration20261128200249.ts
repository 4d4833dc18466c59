import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128200249 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "custom_order_stripe_event" drop constraint if exists "custom_order_stripe_event_stripe_event_id_unique";`);
    this.addSql(`alter table if exists "custom_order_payment" drop constraint if exists "custom_order_payment_stripe_checkout_session_id_unique";`);
    this.addSql(`create table if not exists "custom_order_payment" ("id" text not null, "status" text check ("status" in ('applied', 'refund_pending', 'refunded')) not null, "stripe_checkout_session_id" text not null, "stripe_payment_intent_id" text null, "stripe_refund_id" text null, "quote_version" integer null, "amount" numeric not null, "currency_code" text not null, "refunded_amount" numeric not null default 0, "problem" text null, "payer_email" text null, "custom_order_id" text not null, "raw_amount" jsonb not null, "raw_refunded_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "custom_order_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_payment_custom_order_id" ON "custom_order_payment" ("custom_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_payment_deleted_at" ON "custom_order_payment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_custom_order_payment_stripe_checkout_session_id_unique" ON "custom_order_payment" ("stripe_checkout_session_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_payment_stripe_payment_intent_id" ON "custom_order_payment" ("stripe_payment_intent_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "custom_order_stripe_event" ("id" text not null, "stripe_event_id" text not null, "type" text not null, "custom_order_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "custom_order_stripe_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_stripe_event_deleted_at" ON "custom_order_stripe_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_custom_order_stripe_event_stripe_event_id_unique" ON "custom_order_stripe_event" ("stripe_event_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "custom_order_payment" add constraint "custom_order_payment_custom_order_id_foreign" foreign key ("custom_order_id") references "custom_order" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "custom_order_payment" cascade;`);

    this.addSql(`drop table if exists "custom_order_stripe_event" cascade;`);
  }

}
