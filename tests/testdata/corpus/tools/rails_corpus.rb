# Builds the Rails corpus database (see ../README.md).
#
# Run with Debian's ruby (ruby-rails 6.1, ruby-pg, ruby-sqlite3), no bundler:
#
#     ruby rails_corpus.rb sqlite3:/path/to/new.db WORKDIR
#     ruby rails_corpus.rb postgresql://postgres@127.0.0.1:5432/EMPTY_DB WORKDIR
#
# A minimal Rails 6.1 application (Active Record, Active Storage, Action
# Text, Action Mailbox) migrates the framework's own migrations, shipped in
# those gems' db/migrate, and those of a small blog written as
# `bin/rails generate model` writes them; then it writes rows through the
# models (an attachment goes through Active Storage, a rich text through
# Action Text). WORKDIR receives the app's storage and log.
require "logger"
require "rails"
require "active_record/railtie"
require "active_storage/engine"
require "action_text/engine"
require "action_mailbox/engine"

url, work = ARGV
abort "usage: rails_corpus.rb DATABASE_URL WORKDIR" unless url && work
ENV["DATABASE_URL"] = url
ENV["RAILS_ENV"] = "production"

class CorpusApp < Rails::Application
  config.load_defaults 6.1
  config.eager_load = false
  config.logger = Logger.new(nil)
  config.secret_key_base = "corpus-not-secret"
  config.active_storage.service = :local
  config.action_mailbox.ingress = nil
end
CorpusApp.config.root = work
CorpusApp.config.active_storage.service_configurations = {
  "local" => { "service" => "Disk", "root" => File.join(work, "storage") },
}
CorpusApp.initialize!

# The application's own migrations, as `bin/rails generate model` writes
# them (plus a join table and a check constraint, Rails 6.1 features).
class CreateAuthors < ActiveRecord::Migration[6.1]
  def change
    create_table :authors do |t|
      t.string :name, null: false
      t.string :email, null: false
      t.timestamps
    end
    add_index :authors, :email, unique: true
  end
end

class CreatePosts < ActiveRecord::Migration[6.1]
  def change
    create_table :posts do |t|
      t.references :author, null: false, foreign_key: true
      t.string :title, null: false
      t.integer :status, null: false, default: 0
      t.decimal :price, precision: 8, scale: 2
      t.datetime :published_at
      t.timestamps
      t.check_constraint "price >= 0"
    end
  end
end

class CreateComments < ActiveRecord::Migration[6.1]
  def change
    create_table :comments do |t|
      t.references :post, null: false, foreign_key: { on_delete: :cascade }
      t.references :author, foreign_key: true
      t.text :body, null: false
      t.timestamps
    end
  end
end

class CreateTags < ActiveRecord::Migration[6.1]
  def change
    create_table :tags do |t|
      t.string :name, null: false, index: { unique: true }
      t.timestamps
    end
    create_join_table :posts, :tags do |t|
      t.index [:post_id, :tag_id], unique: true
      t.index :tag_id
    end
  end
end

framework = %w[activestorage actiontext actionmailbox].map do |g|
  File.join(Gem.loaded_specs[g].full_gem_path, "db", "migrate")
end
migrations = ActiveRecord::MigrationContext.new(framework, ActiveRecord::SchemaMigration).migrations
ours = [CreateAuthors, CreatePosts, CreateComments, CreateTags].each_with_index.map do |klass, i|
  ActiveRecord::MigrationProxy.new(klass.name, 20240301000001 + i, "(rails_corpus.rb)", "")
    .tap { |p| p.define_singleton_method(:migration) { klass.new(name, version) } }
end
ActiveRecord::Migrator.new(:up, migrations + ours, ActiveRecord::SchemaMigration).migrate

class Author < ActiveRecord::Base
  has_many :posts
end

class Post < ActiveRecord::Base
  belongs_to :author
  has_many :comments
  has_and_belongs_to_many :tags
  has_rich_text :body
  has_one_attached :cover
  enum status: { draft: 0, published: 1 }
end

class Comment < ActiveRecord::Base
  belongs_to :post
  belongs_to :author, optional: true
end

class Tag < ActiveRecord::Base
  has_and_belongs_to_many :posts
end

at = Time.utc(2024, 3, 1, 12)
ada = Author.create!(name: "Ada", email: "ada@example.org", created_at: at, updated_at: at)
bob = Author.create!(name: "Bob", email: "bob@example.org", created_at: at, updated_at: at)
go, sql = Tag.create!(name: "go"), Tag.create!(name: "sql")
first = Post.create!(author: ada, title: "First", status: :published, price: 9.5,
                     published_at: at, body: "<p>Hello <b>corpus</b></p>", tags: [go, sql])
Post.create!(author: bob, title: "Draft", tags: [sql])
first.cover.attach(io: StringIO.new("not really a png"), filename: "cover.png",
                   content_type: "image/png")
Comment.create!(post: first, author: bob, body: "Nice.")
Comment.create!(post: first, body: "Anonymous.")
ActionMailbox::InboundEmail.create_and_extract_message_id!(
  "From: ada@example.org\r\nTo: blog@example.org\r\nMessage-ID: <corpus-1@example.org>\r\n" \
  "Subject: hi\r\n\r\nHello\r\n"
)
