-- Search runs in PostgreSQL: unaccent folds Vietnamese diacritics (and đ to d), pg_trgm
-- matches Japanese text and small typos. Both ship with PostgreSQL's contrib modules.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- btree_gin lets a GIN index lead with the enum column "kind" (see the search indexes below).
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Lower case without diacritics: "Nghệ An" and "NGHE AN" both become "nghe an". unaccent() alone
-- is only STABLE (it reads its dictionary by search_path), so naming the dictionary makes
-- this wrapper safe to mark IMMUTABLE and use in indexes. No semicolons may appear in a
-- function body here: the migration runner splits scripts at every one.
CREATE FUNCTION portal_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $fold$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $fold$;

-- CreateEnum
CREATE TYPE "Currency" AS ENUM ('USD', 'VND', 'JPY');

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" SERIAL NOT NULL,
    "base" "Currency" NOT NULL,
    "quote" "Currency" NOT NULL,
    "year" INTEGER NOT NULL,
    "rate" DECIMAL(18,6) NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ExchangeRate_rate_positive" CHECK ("rate" > 0),
    CONSTRAINT "ExchangeRate_pair_distinct" CHECK ("base" <> "quote")
);

-- CreateTable
CREATE TABLE "SearchEntry" (
    "kind" "EntityType" NOT NULL,
    "entityId" INTEGER NOT NULL,
    "slug" TEXT,
    "title" JSONB NOT NULL,
    "context" JSONB,
    "titleText" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "words" tsvector NOT NULL,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("kind","entityId")
);

-- CreateIndex
CREATE INDEX "ExchangeRate_sourceId_idx" ON "ExchangeRate"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_base_quote_year_sourceId_key" ON "ExchangeRate"("base", "quote", "year", "sourceId");

-- Titles by substring and by trigram similarity (typos, Japanese). "kind" leads, so a public
-- search never reads the rows of the staff-only kinds (figures, boundaries). Prisma's schema
-- cannot express a btree_gin column, so schema.prisma declares the index without it.
CREATE INDEX "SearchEntry_titleText_idx" ON "SearchEntry" USING GIN ("kind", "titleText" gin_trgm_ops);

-- Whole words in any order ("kanagawa bac ninh"): full-text search over the folded document.
-- The simple configuration does no stemming, so Vietnamese and Japanese words stay whole.
CREATE INDEX "SearchEntry_words_idx" ON "SearchEntry" USING GIN ("kind", "words");

-- AddForeignKey
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
