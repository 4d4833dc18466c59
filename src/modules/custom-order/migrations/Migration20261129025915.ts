import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129025915 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "custom_order_photograph" ("id" text not null, "file_id" text not null, "content_type" text not null, "size" integer not null, "original_name" text not null, "created_by" text null, "custom_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "custom_order_photograph_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_photograph_custom_order_id" ON "custom_order_photograph" ("custom_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_custom_order_photograph_deleted_at" ON "custom_order_photograph" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "custom_order_photograph" add constraint "custom_order_photograph_custom_order_id_foreign" foreign key ("custom_order_id") references "custom_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "custom_order" add column if not exists "quote_reminder_sent_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "custom_order_photograph" cascade;`);

    this.addSql(`alter table if exists "custom_order" drop column if exists "quote_reminder_sent_at";`);
  }

}
