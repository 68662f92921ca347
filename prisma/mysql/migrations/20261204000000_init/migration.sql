-- The waverless resource_specs table, exactly as the seed's DDL creates it.
-- Written by hand: Prisma's WebAssembly schema engine cannot diff MySQL, and
-- test/db/schema-drift.test.ts checks this SQL against prisma/mysql/schema.prisma.
-- The seed's COLLATE utf8mb4_0900_ai_ci is left to the server default because
-- MariaDB (10.x) has no such collation; MySQL 8 picks it by default anyway.
CREATE TABLE `resource_specs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL COMMENT 'Spec name (unique identifier)',
  `display_name` varchar(255) NOT NULL COMMENT 'Display name',
  `category` varchar(50) NOT NULL COMMENT 'Category: cpu, gpu',
  `cpu` varchar(50) DEFAULT NULL COMMENT 'CPU cores',
  `memory` varchar(50) NOT NULL COMMENT 'Memory',
  `gpu` varchar(50) DEFAULT NULL COMMENT 'GPU count',
  `gpu_type` varchar(100) DEFAULT NULL COMMENT 'GPU type',
  `ephemeral_storage` varchar(50) NOT NULL COMMENT 'Ephemeral storage',
  `platforms` json DEFAULT NULL COMMENT 'Platform-specific configurations',
  `status` varchar(50) NOT NULL DEFAULT 'active' COMMENT 'Spec status',
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_spec_name_unique` (`name`),
  KEY `idx_category` (`category`),
  KEY `idx_status` (`status`),
  KEY `idx_created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
