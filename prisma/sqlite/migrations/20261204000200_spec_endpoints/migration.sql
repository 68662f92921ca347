-- CreateTable
CREATE TABLE "spec_endpoints" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "spec_name" TEXT NOT NULL,
    "image" TEXT NOT NULL,
    "replicas" INTEGER NOT NULL,
    "gpu_count" INTEGER,
    "env" JSONB,
    "shm_size" TEXT,
    "labels" JSONB,
    "annotations" JSONB,
    "platform" TEXT,
    "spec_hash" TEXT NOT NULL,
    "manifest" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "status_message" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "idx_spec_endpoint_name" ON "spec_endpoints"("name");

-- CreateIndex
CREATE INDEX "idx_spec_endpoint_spec" ON "spec_endpoints"("spec_name");

