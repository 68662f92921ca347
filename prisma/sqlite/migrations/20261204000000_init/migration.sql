-- CreateTable
CREATE TABLE "resource_specs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "cpu" TEXT,
    "memory" TEXT NOT NULL,
    "gpu" TEXT,
    "gpu_type" TEXT,
    "ephemeral_storage" TEXT NOT NULL,
    "platforms" JSONB,
    "status" TEXT NOT NULL DEFAULT 'active',
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resource_type" TEXT DEFAULT 'serverless',
    "shm_size" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "idx_spec_name_unique" ON "resource_specs"("name");

-- CreateIndex
CREATE INDEX "idx_category" ON "resource_specs"("category");

-- CreateIndex
CREATE INDEX "idx_status" ON "resource_specs"("status");

-- CreateIndex
CREATE INDEX "idx_created_at" ON "resource_specs"("created_at");

