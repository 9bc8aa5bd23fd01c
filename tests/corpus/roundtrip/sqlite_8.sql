-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: 8_3_names#1 (sqlite test/8_3_names.test 8_3_names-1.0)
CREATE TABLE t1(x);
