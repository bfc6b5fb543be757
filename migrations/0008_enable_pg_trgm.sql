-- Custom SQL migration file, put your code below! --
-- Trigram similarity for the FAQ search (typos, compound parts); PGlite loads it as a contrib extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
