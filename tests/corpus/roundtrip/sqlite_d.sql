-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: date2#1 (sqlite test/date2.test date2-100)
CREATE TABLE t1(x, y, CHECK( date(x) BETWEEN '2017-07-01' AND '2017-07-31' ));

-- schema: date2#2 (sqlite test/date2.test date2-140)
CREATE TABLE t1(x, y, z AS (date()));

-- schema: date2#3 (sqlite test/date2.test date2-200)
CREATE TABLE t2(x,y);
CREATE INDEX t2y ON t2(date(y));

-- schema: date2#4 (sqlite test/date2.test date2-310)
CREATE TABLE t3(a INTEGER PRIMARY KEY,b);
CREATE INDEX t3b1 ON t3(datetime(b));

-- schema: date2#5 (sqlite test/date2.test date2-320)
CREATE TABLE t3(a INTEGER PRIMARY KEY,b);
CREATE INDEX t3b1 ON t3(datetime(b)) WHERE typeof(b)='real';

-- schema: date2#6 (sqlite test/date2.test date2-410)
CREATE TABLE t4(a INTEGER PRIMARY KEY,b);
CREATE INDEX t4b1 ON t4(b)
    WHERE date(b) BETWEEN '2017-06-01' AND '2017-08-31';

-- schema: date2#7 (sqlite test/date2.test date2-500)
CREATE TABLE mods(x);
CREATE TABLE t5(y,m);
CREATE INDEX t5x1 on t5(y) WHERE datetime(y,m) IS NOT NULL;

-- schema: date2#8 (sqlite test/date2.test date2-600)
CREATE TABLE t600(a REAL CHECK( a<julianday('now') ));

-- schema: date2#9 (sqlite test/date2.test date2-610)
CREATE TABLE t610(a,b);
CREATE INDEX t610x1 ON t610(julianday('now')+b);

-- schema: date2#10 (sqlite test/date2.test date2-611)
CREATE TABLE t611(a,b);
CREATE INDEX t611x1 ON t611(julianday(a)+b);

-- schema: date2#11 (sqlite test/date2.test date3-620)
CREATE TABLE t620(a, b AS (a+julianday('now')));

-- schema: dbpagefault#1 (sqlite test/dbpagefault.test 3.0)
CREATE TABLE x1(z, b);
CREATE TRIGGER BEFORE INSERT ON x1 BEGIN
    DELETE FROM sqlite_dbpage WHERE pgno=100;
    UPDATE sqlite_dbpage SET data=null WHERE pgno=100;
  END;

-- schema: default#1 (sqlite test/default.test default-1.1)
CREATE TABLE t1(
        a INTEGER,
        b BLOB DEFAULT x'6869'
      );

-- schema: default#2 (sqlite test/default.test default-2.1)
CREATE TABLE t4(c DEFAULT 'abc');

-- schema: default#3 (sqlite test/default.test default-3.1)
CREATE TABLE t3(
    a INTEGER PRIMARY KEY AUTOINCREMENT,
    b INT DEFAULT 12345 UNIQUE NOT NULL CHECK( b>=0 AND b<99999 ),
    c VARCHAR(123,456) DEFAULT 'hello' NOT NULL ON CONFLICT REPLACE,
    d REAL,
    e FLOATING POINT(5,10) DEFAULT 4.36,
    f NATIONAL CHARACTER(15) COLLATE RTRIM,
    g LONG INTEGER DEFAULT( 3600*12 )
  );

-- schema: default#4 (sqlite test/default.test default-3.3)
CREATE TABLE t300(
    a INT DEFAULT 2147483647,
    b INT DEFAULT 2147483648,
    c INT DEFAULT +9223372036854775807,
    d INT DEFAULT -2147483647,
    e INT DEFAULT -2147483648,
    f INT DEFAULT -9223372036854775808,
    g INT DEFAULT (-(-9223372036854775808)),
    h INT DEFAULT (-(-9223372036854775807))
  );

-- schema: default#5 (sqlite test/default.test default-4.0)
CREATE TABLE t1(a TEXT, b TEXT DEFAULT(99));

-- schema: default#6 (sqlite test/default.test default-5.1)
CREATE TABLE t1 (a,b DEFAULT(random() NOTNULL IN (RAISE(IGNORE),2,3)));

-- schema: default#7 (sqlite test/default.test default-5.2)
CREATE TABLE Table0 (Col0 DEFAULT (RAISE(IGNORE) )  ) ;

-- schema: delete#1 (sqlite test/delete.test delete-7.2)
CREATE TABLE t3(a);
CREATE TABLE cnt(del);
CREATE TRIGGER r1 AFTER DELETE ON t3 FOR EACH ROW BEGIN
        UPDATE cnt SET del=del+1;
      END;

-- schema: descidx1#1 (sqlite test/descidx1.test descidx1-1.1)
CREATE TABLE t1(a,b);
CREATE INDEX i1 ON t1(b ASC);

-- schema: descidx1#2 (sqlite test/descidx1.test descidx1-4.1)
CREATE TABLE t2(a INT, b TEXT, c BLOB, d REAL);
CREATE INDEX i3 ON t2(a ASC, b DESC, c ASC);
CREATE INDEX i4 ON t2(b DESC, a ASC, d DESC);

-- schema: distinct#1 (sqlite test/distinct.test 10.5)
CREATE  TABLE t2 AS  SELECT  DISTINCT ':memory:', 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 0.0*7/0, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7 ORDER  BY '%J%j%w%s', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', '%J%j%w%s', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 'unixepoch', 42e-300, 'unixepoch', 'unixepoch', 'unixepoch' LIMIT 0xda;

-- schema: distinct2#1 (sqlite test/distinct2.test 100)
CREATE TABLE t1(x INTEGER PRIMARY KEY);
CREATE TABLE t2 AS
     SELECT DISTINCT a.x AS aa, b.x AS bb
      FROM t1 a, t1 b;

-- schema: distinct2#2 (sqlite test/distinct2.test 110)
CREATE TABLE t1(x INTEGER PRIMARY KEY);
CREATE TABLE t2 AS
     SELECT DISTINCT a.x AS aa, b.x AS bb
       FROM t1 a, t1 b
      WHERE a.x IN t1 AND b.x IN t1;

-- schema: distinct2#3 (sqlite test/distinct2.test 120)
CREATE TABLE t102 (i0 TEXT UNIQUE NOT NULL);
CREATE TABLE t2 AS
    SELECT DISTINCT * 
    FROM t102 AS t0 
    JOIN t102 AS t4 ON (t2.i0 IN t102)
    NATURAL JOIN t102 AS t3
    JOIN t102 AS t1 ON (t0.i0 IN t102)
    JOIN t102 AS t2 ON (t2.i0=+t0.i0 OR (t0.i0<>500 AND t2.i0=t1.i0));

-- schema: distinct2#4 (sqlite test/distinct2.test 5050)
CREATE TABLE t0(a TEXT);
CREATE TABLE t1(b TEXT);
CREATE TABLE t2(c TEXT);
CREATE TABLE t3(d TEXT);
CREATE VIEW  v4(e) AS SELECT (SELECT t2.c FROM t0, t1 GROUP BY 1) FROM t2;

-- schema: distinct2#5 (sqlite test/distinct2.test 6000)
CREATE TABLE t1(c1 UNIQUE NOT NULL);
CREATE TABLE t0(c0 UNIQUE);

-- schema: distinctagg#1 (sqlite test/distinctagg.test 7.0)
CREATE TABLE v1 ( v2 UNIQUE, v3 AS( TYPEOF ( NULL ) ) UNIQUE );
