-- Endpoints deployed from specs (written by hand; see the init migration).
CREATE TABLE `spec_endpoints` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(63) NOT NULL,
  `spec_name` varchar(100) NOT NULL,
  `image` varchar(512) NOT NULL,
  `replicas` int NOT NULL,
  `gpu_count` int DEFAULT NULL,
  `env` json DEFAULT NULL,
  `shm_size` varchar(50) DEFAULT NULL,
  `labels` json DEFAULT NULL,
  `annotations` json DEFAULT NULL,
  `platform` varchar(63) DEFAULT NULL,
  `spec_hash` varchar(64) NOT NULL,
  `manifest` mediumtext NOT NULL,
  `provider` varchar(20) NOT NULL,
  `status` varchar(20) NOT NULL,
  `status_message` varchar(1024) DEFAULT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_spec_endpoint_name` (`name`),
  KEY `idx_spec_endpoint_spec` (`spec_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
