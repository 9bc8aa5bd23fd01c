-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: zipfile#1 (sqlite test/zipfile.test 12.2)
CREATE TABLE d AS SELECT 'subdir' d;
CREATE TABLE x AS SELECT 1 x;
