"""The pipeline as a Spark job (`conflictlens spark`): the same readers, the same Extractor (one per executor
process, loaded inside `mapPartitions`), Parquet out, incident linking per blocking group with the store's
linking code, and optionally the store's own writer per partition. pyspark is imported only when a job runs."""
