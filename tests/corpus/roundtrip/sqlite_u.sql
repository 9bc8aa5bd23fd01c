-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: unionall2#1 (sqlite test/unionall2.test 1.0)
CREATE TABLE t1(a, b);
CREATE TABLE t2(c, d);
CREATE VIEW v1 AS SELECT * FROM t1, t2;
CREATE VIEW v2 AS SELECT * FROM t1, t2;
CREATE VIEW vA AS
    SELECT * FROM v1, (
      SELECT * FROM t1 LEFT JOIN t2 ON (a=c)
    )
    UNION ALL
    SELECT * FROM v1, v2
;

-- schema: unique#1 (sqlite test/unique.test unique-3.1)
CREATE TABLE t3(
       a int,
       b int,
       c int,
       d int,
       unique(a,c,d)
     );

-- schema: update#1 (sqlite test/update.test update-18.10)
CREATE TABLE t0(c0 REAL, c1);
CREATE INDEX i0 ON t0(c1) WHERE c0 GLOB 3;
CREATE INDEX i1 ON t0(c0,c1) WHERE typeof(c0)='text' AND typeof(c1)='integer';

-- schema: update#2 (sqlite test/update.test update-18.20)
CREATE TABLE t0(c0 TEXT);
CREATE INDEX i0 ON t0(0 LIKE COALESCE(c0, 0));

-- schema: update#3 (sqlite test/update.test update-19.10)
CREATE TABLE t1(
   a TEXT,
   b INTEGER PRIMARY KEY UNIQUE
  );

-- schema: upfrom4#1 (sqlite test/upfrom4.test 300)
CREATE TABLE t2(x);
CREATE TRIGGER AFTER INSERT ON t2 BEGIN
    UPDATE t1 SET b=c1.b, c=c2.c
      FROM dual, c1 NATURAL RIGHT JOIN c2
     WHERE x=a;
  END;

-- schema: upfrom4#2 (sqlite test/upfrom4.test 400)
CREATE TABLE t2(x,y,z PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE t1(a INT,b TEXT,c TEXT,d REAL) STRICT;
CREATE TRIGGER t1tr BEFORE UPDATE ON t1 BEGIN
    INSERT INTO t1(a,b) VALUES(1000,'uvw');
    UPDATE t1 SET b=NULL FROM (SELECT CAST(a AS varchar) FROM t1 ORDER BY b) NATURAL LEFT FULL JOIN t1 AS text;
  END;

-- schema: upsert1#1 (sqlite test/upsert1.test upsert1-800)
CREATE TABLE t0(c0 REAL UNIQUE, c1);
CREATE UNIQUE INDEX test800i0 ON t0(0 || c1);

-- schema: upsert1#2 (sqlite test/upsert1.test upsert1-1300)
CREATE TABLE t1(x INT, y TEXT);
CREATE TABLE t2(x INT UNIQUE, y TEXT);
CREATE TRIGGER r1 BEFORE UPDATE ON t2 BEGIN
    SELECT raise(ABORT,'Incorrect old.y value passed to trigger!')
     WHERE old.y != new.y;
    /* ^^^ This trigger will fire and cause the ABORT if the problem has
    ** not been fixed, or if there is a regression. */
  END;

-- schema: upsert2#1 (sqlite test/upsert2.test upsert2-110)
CREATE TABLE t1(a INT PRIMARY KEY, b int, c DEFAULT 0) WITHOUT ROWID;
