-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: backup#1 (sqlite test/backup.test backup-10.$tn.1)
CREATE TABLE t1(a INTEGER PRIMARY KEY, b BLOB);

-- schema: basexx1#1 (sqlite test/basexx1.test 117)
CREATE TABLE bs(b blob, num);

-- schema: bloom1#1 (sqlite test/bloom1.test 3.1)
CREATE TABLE t0(x TEXT COLLATE rtrim);
CREATE VIEW v0(y) AS SELECT DISTINCT x FROM t0;

-- schema: bloom1#2 (sqlite test/bloom1.test 3.3)
CREATE TABLE t1(x INT COLLATE rtrim);
CREATE VIEW v1(y) AS SELECT DISTINCT x FROM t1;

-- schema: bloom1#3 (sqlite test/bloom1.test 4.1)
CREATE TABLE t1(x TEXT, y INT, z TEXT);
CREATE INDEX i1x ON t1(1 IS true,z);
CREATE TABLE t0(x TEXT);

-- schema: bloom1#4 (sqlite test/bloom1.test 4.3)
CREATE TABLE t0(a TEXT);
CREATE INDEX t0x ON t0(a IS FALSE) WHERE false;
CREATE TABLE t1(b INT);
CREATE TABLE t2(c REAL);
CREATE INDEX t2x ON t2(true IN ());
