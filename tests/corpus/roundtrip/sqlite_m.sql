-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: minmax#1 (sqlite test/minmax.test minmax-5.1)
CREATE TABLE t3(x INTEGER UNIQUE NOT NULL);

-- schema: minmax4#1 (sqlite test/minmax4.test 4.0)
CREATE TABLE t0 (c0, c1);
CREATE INDEX i0 ON t0(c1, c1 + 1 DESC);

-- schema: minmax4#2 (sqlite test/minmax4.test 6.2.0)
CREATE TABLE t0(c0 UNIQUE, c1);
CREATE VIEW v0(c0, c1) AS 
      SELECT t0.c1, t0.c0 FROM t0 WHERE CAST(t0.rowid AS INT) = 1;

-- schema: misc1#1 (sqlite test/misc1.test misc1-6.1)
CREATE TABLE t4(
      abort, asc, begin, cluster, conflict, copy, delimiters, desc, end,
      explain, fail, ignore, key, offset, pragma, replace, temp,
      vacuum, view
    );

-- schema: misc1#2 (sqlite test/misc1.test misc1-19.1)
CREATE TABLE t19 AS SELECT 1, 2 AS '', 3;

-- schema: misc1#3 (sqlite test/misc1.test misc1-19.2)
CREATE TABLE t19b AS SELECT 4 AS '', 5 AS '',  6 AS '';

-- schema: misc1#4 (sqlite test/misc1.test misc1-20.1)
CREATE TABLE t0(x INTEGER DEFAULT(0==0) NOT NULL);

-- schema: misc2#1 (sqlite test/misc2.test misc2-1.1)
CREATE TABLE FOO(bar integer);
CREATE TRIGGER foo_insert BEFORE INSERT ON foo BEGIN
      SELECT CASE WHEN (NOT new.bar BETWEEN 0 AND 20)
             THEN raise(rollback, 'aiieee') END;
    END;

-- schema: misc2#2 (sqlite test/misc2.test misc2-10.1)
CREATE TABLE t1229(x);
CREATE TRIGGER r1229 BEFORE INSERT ON t1229 BEGIN
        INSERT INTO t1229 SELECT y FROM (SELECT new.x y);
      END;

-- schema: misc3#1 (sqlite test/misc3.test misc3-6.10)
CREATE TABLE ex1(
        a INTEGER DEFAULT 54321,
        b TEXT DEFAULT "hello",
        c REAL DEFAULT 3.1415926
      );
CREATE UNIQUE INDEX ex1i1 ON ex1(a);

-- schema: misc3#2 (sqlite test/misc3.test misc3-7.1)
CREATE TABLE y1(a);
CREATE TABLE y2(b);
CREATE TABLE y3(c);
CREATE TRIGGER r1 AFTER DELETE ON y1 FOR EACH ROW BEGIN
      INSERT INTO y3(c) SELECT b FROM y2 ORDER BY b LIMIT 1;
    END;

-- schema: misc4#1 (sqlite test/misc4.test misc4-4.1)
create table a(key varchar, data varchar);
create table b(key varchar, period integer);
