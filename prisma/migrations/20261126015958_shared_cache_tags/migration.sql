-- CreateTable
CREATE TABLE "cache_tag" (
    "tag" TEXT NOT NULL,
    "stale_at" BIGINT,
    "expired_at" BIGINT,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cache_tag_pkey" PRIMARY KEY ("tag")
);
