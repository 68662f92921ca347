-- Columns that later waverless versions added to resource_specs.
ALTER TABLE `resource_specs`
  ADD COLUMN `resource_type` varchar(50) DEFAULT 'serverless' COMMENT 'Resource type: fixed, serverless',
  ADD COLUMN `shm_size` varchar(50) DEFAULT NULL COMMENT 'Shared memory size';
