-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: gencol1#1 (sqlite test/gencol1.test gencol1-3.100)
CREATE TABLE t0(c0 PRIMARY KEY, c1, c2 AS (c0+c1-c3) REFERENCES t0, c3);

-- schema: gencol1#2 (sqlite test/gencol1.test gencol1-4.100)
CREATE TABLE t0 (
    c0,
    c1 a UNIQUE AS (1),
    c2,
    c3 REFERENCES t0(c1)
  );

-- schema: gencol1#3 (sqlite test/gencol1.test gencol1-5.100)
CREATE TABLE t1(
    gcb AS (b*1),
    a INTEGER PRIMARY KEY,
    gcc AS (c+0),
    b UNIQUE,
    gca AS (1*a+0),
    c UNIQUE
  ) WITHOUT ROWID;
CREATE TABLE t1a(
    gcx AS (x+0) REFERENCES t1(a) ON DELETE CASCADE,
    id,
    x,
    gcid AS (1*id)
  );

-- schema: gencol1#4 (sqlite test/gencol1.test gencol1-7.10)
CREATE TABLE t0 (c0 GENERATED ALWAYS AS (1), c1 UNIQUE, c2 UNIQUE);

-- schema: gencol1#5 (sqlite test/gencol1.test gencol1-7.12)
CREATE TABLE t0(c0 NOT NULL DEFAULT 'xyz', c1 AS(c0) STORED NOT NULL);

-- schema: gencol1#6 (sqlite test/gencol1.test gencol1-7.40)
CREATE TABLE t3(a NOT NULL DEFAULT 123, b AS(a) UNIQUE);

-- schema: gencol1#7 (sqlite test/gencol1.test gencol1-7.50)
CREATE TABLE t4(a NOT NULL DEFAULT 123, b AS(a*10+4) STORED UNIQUE);

-- schema: gencol1#8 (sqlite test/gencol1.test gencol1-8.10)
CREATE TABLE t0(
    c0 AS (('a', 9) < ('b', c1)),
    c1 AS (1),
    c2 CHECK (1 = c1)
  );

-- schema: gencol1#9 (sqlite test/gencol1.test gencol1-9.10)
CREATE TABLE t1(aa , bb AS (17) UNIQUE);
CREATE TABLE t2(cc);

-- schema: gencol1#10 (sqlite test/gencol1.test gencol1-11.10)
CREATE TABLE t0(
    c0,
    c1 INTEGER PRIMARY KEY,
    c2 BLOB UNIQUE DEFAULT x'00',
    c3 BLOB GENERATED ALWAYS AS (1), 
    FOREIGN KEY(c1) REFERENCES t0(c2)
  );

-- schema: gencol1#11 (sqlite test/gencol1.test gencol1-14.10)
CREATE TABLE t0(c0 AS(1 >= 1), c1 UNIQUE AS(TYPEOF(c0)), c2);

-- schema: gencol1#12 (sqlite test/gencol1.test gencol1-17.10)
CREATE TABLE t0(c0 REAL AS(1) UNIQUE, c1 INT);

-- schema: gencol1#13 (sqlite test/gencol1.test gencol1-17.40)
CREATE TABLE t1(a TEXT AS(b) COLLATE nocase, b TEXT, c INT, d DEFAULT 1);

-- schema: gencol1#14 (sqlite test/gencol1.test gencol1-19.10)
CREATE TABLE t0(
    c0 INT AS(2) UNIQUE,
    c1 TEXT UNIQUE,
    FOREIGN KEY(c0) REFERENCES t0(c1)
  );

-- schema: gencol1#15 (sqlite test/gencol1.test gencol1-21.1)
CREATE TABLE t1(
      a integer primary key,
      b int generated always as (a+5),
      c text    GENERATED   ALWAYS as (printf('%08x',a)),
      d Generated
        Always
        AS ('xyzzy'),
      e int                         Always default(5)
    );

-- schema: gencol1#16 (sqlite test/gencol1.test gencol1-22.1)
CREATE TABLE t0(a PRIMARY KEY,b TEXT AS ('2') UNIQUE);

-- schema: gencol1#17 (sqlite test/gencol1.test gencol1-23.2)
CREATE TABLE t1(
    x,
    a INT AS (x) VIRTUAL,
    b BLOB AS (x) VIRTUAL
  );
CREATE INDEX x2 ON t1(a);

-- schema: gencol1#18 (sqlite test/gencol1.test gencol1-23.5)
CREATE TABLE v0(c1 INT, c2 AS (RAISE(IGNORE)));
