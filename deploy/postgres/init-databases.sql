-- Runs once, when the postgres volume is first initialised (docker-entrypoint-initdb.d).
-- The product database is POSTGRES_DB (nexfitra); MLflow and Dagster each get their own.
CREATE DATABASE mlflow;
CREATE DATABASE dagster;
