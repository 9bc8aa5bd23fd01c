-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: walcrash3#1 (sqlite test/walcrash3.test 1.1)
CREATE TABLE t1(a BLOB, b BLOB, UNIQUE(a, b));

-- schema: where#1 (sqlite test/where.test where-1.0)
CREATE TABLE t2(p int, q int, r int, s int);
CREATE TABLE t1(w int, x int, y int);
CREATE INDEX i1w ON t1("w");
CREATE INDEX i1xy ON t1(`x`,'y' ASC);
CREATE INDEX i2p ON t2(p);
CREATE INDEX i2r ON t2(r);
CREATE INDEX i2qs ON t2(q, s);

-- schema: where#2 (sqlite test/where.test where-30.1)
CREATE TABLE raw(country,date,total,delta, UNIQUE(country,date));

-- schema: where4#1 (sqlite test/where4.test where4-3.1)
CREATE TABLE t2(a);
CREATE TABLE t3(x,y,UNIQUE("x",'y' ASC));

-- schema: where4#2 (sqlite test/where4.test where4-5.1)
CREATE TABLE t4(x,y,z,PRIMARY KEY('x' ASC, "y" ASC));

-- schema: whereG#1 (sqlite test/whereG.test 6.0)
CREATE TABLE t1(i int, x, y, z);
CREATE TABLE t2(i int, bool char);

-- schema: whereG#2 (sqlite test/whereG.test 8.11)
CREATE TABLE t1(c0 INT);
CREATE INDEX i46 ON t1(CAST( (c0 IS TRUE) AS TEXT));
CREATE VIEW v0(c2) AS SELECT CAST( (c0 IS TRUE) AS TEXT ) FROM t1;

-- schema: whereL#1 (sqlite test/whereL.test 500)
CREATE TABLE t0(c0);
CREATE VIEW v0(c0) AS SELECT CAST(0 AS INT) FROM t0;

-- schema: wherefault#1 (sqlite test/wherefault.test 3.0)
CREATE TABLE t1(
      a INT AS (c*11),
      b TEXT AS (substr(d,1,3)) STORED, 
      c INTEGEB PRIMARI KEY, d TEXT
    );
CREATE INDEX t1a ON t1(a);

-- schema: wherelimit#1 (sqlite test/wherelimit.test wherelimit-4.1)
CREATE TABLE t1(a int);
CREATE TABLE t2(a int);
CREATE VIEW tv(r,a) AS
       SELECT rowid, a FROM t2 UNION ALL SELECT rowid, a FROM t1;
CREATE TRIGGER tv_del INSTEAD OF DELETE ON tv
    BEGIN
      DELETE FROM t1 WHERE rowid=old.r;
      DELETE FROM t2 WHERE rowid=old.r;
    END;

-- schema: wherelimit2#1 (sqlite test/wherelimit2.test 5.0)
CREATE TABLE "x y"("a b" PRIMARY KEY, "c d") WITHOUT ROWID;
CREATE INDEX xycd ON "x y"("c d");

-- schema: wherelimit2#2 (sqlite test/wherelimit2.test 5.3)
CREATE VIEW "v w" AS SELECT * FROM "x y";
CREATE TRIGGER tr1 INSTEAD OF DELETE ON "v w" BEGIN
    SELECT log(old."a b", old."c d");
  END;
CREATE TRIGGER tr2 INSTEAD OF UPDATE ON "v w" BEGIN
    SELECT log(new."a b", new."c d");
  END;

-- schema: window1#1 (sqlite test/window1.test 9.0)
CREATE TABLE t4(x, y);
CREATE TABLE t5(x, y, m);
CREATE TRIGGER t4i AFTER INSERT ON t4 BEGIN
    DELETE FROM t5;
    INSERT INTO t5 
      SELECT x, y, max(y) OVER xyz FROM t4
      WINDOW xyz AS (PARTITION BY (x%2) ORDER BY x);
  END;

-- schema: window1#2 (sqlite test/window1.test 21.0)
CREATE TABLE keyword_tab(
    current, exclude, filter, following, groups, no, others, over,
    partition, preceding, range, ties, unbounded, window
  );

-- schema: window1#3 (sqlite test/window1.test 32.10)
CREATE VIEW a AS SELECT NULL INTERSECT SELECT NULL ORDER BY s() OVER R;

-- schema: window1#4 (sqlite test/window1.test 47.1)
CREATE VIEW t2(k) AS
     SELECT e FROM t1 WHERE g = 'abc' OR h BETWEEN 10 AND f;

-- schema: window1#5 (sqlite test/window1.test 50.0)
CREATE TABLE t1 (a DOUBLE PRIMARY KEY);

-- schema: window1#6 (sqlite test/window1.test 72.1)
CREATE TABLE dual(dummy);
CREATE VIEW v1(x,y) AS SELECT RANK() OVER (PARTITION BY 0), SUM(0) FROM dual;

-- schema: window1#7 (sqlite test/window1.test 72.0)
CREATE TABLE t0(c0);
CREATE VIEW v0(c0) AS SELECT TOTAL(0) OVER (PARTITION BY t0.c0) FROM t0;

-- schema: window1#8 (sqlite test/window1.test 73.0)
CREATE TABLE t1(a INT);
CREATE VIEW t2(b,c) AS SELECT * FROM t1 JOIN t1 A ORDER BY sum(0) OVER(PARTITION BY 0);
CREATE TRIGGER x1 INSTEAD OF UPDATE ON t2 BEGIN SELECT true; END;

-- schema: window4#1 (sqlite test/window4.test 11.2)
CREATE VIEW v8 AS SELECT NTILE(256) OVER (ORDER BY total) - 1 AS nt FROM t8;

-- schema: window6#1 (sqlite test/window6.test 5.0)
CREATE TABLE over(x, over);
CREATE TABLE window(x, window);

-- schema: window6#2 (sqlite test/window6.test 8.0)
CREATE TABLE IF NOT EXISTS "sample" (
      "id" INTEGER NOT NULL PRIMARY KEY, 
      "counter" INTEGER NOT NULL, 
      "value" REAL NOT NULL
  );

-- schema: window9#1 (sqlite test/window9.test 8.2)
CREATE VIEW v1 AS 
    SELECT 0 AS x
      UNION 
    SELECT count() OVER() FROM (SELECT 0) 
    ORDER BY 1
  ;

-- schema: windowD#1 (sqlite test/windowD.test 2.4)
CREATE VIEW v2 AS SELECT max(x) OVER () AS a, TRUE AS c FROM t1;

-- schema: windowfault#1 (sqlite test/windowfault.test 1.0)
CREATE VIEW aaa AS
    SELECT min(d) OVER w, max(d) OVER w
    FROM t1
    WINDOW w AS (ORDER BY a RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING);

-- schema: with1#1 (sqlite test/with1.test 23.1)
CREATE TABLE t1(id INTEGER NULL PRIMARY KEY, name Text);
CREATE VIEW v2 AS
    WITH t4(Name) AS (VALUES ('A'), ('B'))
    SELECT Name Name FROM t4;
CREATE VIEW v3 AS
    WITH t4(Att, Val, Act) AS (VALUES
      ('C', 'D', 'E'),
      ('F', 'G', 'H')
    )
    SELECT D.Id Id, P.Name Protocol, T.Att Att, T.Val Val, T.Act Act
    FROM t1 D
    CROSS JOIN v2 P
    CROSS JOIN t4 T;

-- schema: with1#2 (sqlite test/with1.test 24.2)
CREATE VIEW main.v3 AS VALUES(3);

-- schema: with1#3 (sqlite test/with1.test 27.1)
CREATE TABLE t1(k);
CREATE TABLE log(k, cte_map, main_map);
CREATE TABLE map(k, v);
CREATE TRIGGER tr1 AFTER INSERT ON t1 BEGIN
    INSERT INTO log
        WITH map(k,v) AS (VALUES(1,'cte1'),(2,'cte2'))
        SELECT
          new.k,
          (SELECT v FROM map WHERE k=new.k),
          (SELECT v FROM main.map WHERE k=new.k);
  END;

-- schema: with2#1 (sqlite test/with2.test 11.4)
CREATE VIEW v2(c) AS
        WITH x AS (
          WITH y AS (
             WITH z AS(SELECT * FROM t1)
             SELECT * FROM v2
          ) SELECT *
        ) SELECT * from t1, x;

-- schema: with6#1 (sqlite test/with6.test 210)
CREATE VIEW t2(y) AS
    WITH c(z) AS NOT MATERIALIZED (VALUES(4),(5),(6))
    SELECT c1.z+c2.z*100+t1.x*10000
      FROM t1,
           (SELECT z FROM c LIMIT 5) AS c1,
           (SELECT z FROM c LIMIT 5) AS c2;

-- schema: with6#2 (sqlite test/with6.test 220)
CREATE VIEW t2(y) AS
    WITH c(z) AS MATERIALIZED (VALUES(4),(5),(6))
    SELECT c1.z+c2.z*100+t1.x*10000
      FROM t1,
           (SELECT z FROM c LIMIT 5) AS c1,
           (SELECT z FROM c LIMIT 5) AS c2;

-- schema: without_rowid1#1 (sqlite test/without_rowid1.test 6.1)
CREATE TABLE t48(
    a UNIQUE UNIQUE, 
    b UNIQUE, 
    PRIMARY KEY(a), 
    UNIQUE(a)
  ) WITHOUT ROWID;

-- schema: without_rowid1#2 (sqlite test/without_rowid1.test 7.1)
CREATE TABLE t70a(
     a INT CHECK( rowid!=33 ),
     b TEXT PRIMARY KEY
  );

-- schema: without_rowid1#3 (sqlite test/without_rowid1.test 8.1)
CREATE TABLE t1(x INTEGER PRIMARY KEY UNIQUE, b) WITHOUT ROWID;
CREATE INDEX t1x ON t1(x);

-- schema: without_rowid1#4 (sqlite test/without_rowid1.test 12.1)
CREATE TABLE t0 (c0 INTEGER PRIMARY KEY DESC, c1 UNIQUE DEFAULT NULL) WITHOUT ROWID;

-- schema: without_rowid1#5 (sqlite test/without_rowid1.test 14.1)
CREATE TABLE t1(a INT PRIMARY KEY) WITHOUT ROWID;
ALTER TABLE t1 ADD COLUMN b INT;

-- schema: without_rowid2#1 (sqlite test/without_rowid2.test without_rowid2-1.0)
CREATE TABLE t1(
      a INT PRIMARY KEY,
      b INT
           REFERENCES t1 ON DELETE CASCADE
           REFERENCES t2,
      c TEXT,
      FOREIGN KEY (b,c) REFERENCES t2(x,y) ON UPDATE CASCADE
    ) WITHOUT rowid;

-- schema: without_rowid3#1 (sqlite test/without_rowid3.test without_rowid3-9.1.1)
CREATE TABLE t1(a INT PRIMARY KEY, b) WITHOUT rowid;
CREATE TABLE t2(
      c INT PRIMARY KEY,
      d INTEGER DEFAULT 1 REFERENCES t1 ON DELETE SET DEFAULT
    ) WITHOUT rowid;

-- schema: without_rowid5#1 (sqlite test/without_rowid5.test without_rowid5-6.1)
CREATE TABLE b1(a INTEGER PRIMARY KEY, b BLOB) WITHOUT ROWID;

-- schema: writecrash#1 (sqlite test/writecrash.test 1.0)
CREATE TABLE t1(a INTEGER PRIMARY KEY, b BLOB UNIQUE);
