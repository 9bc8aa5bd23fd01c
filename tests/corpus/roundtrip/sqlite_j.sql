-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: join#1 (sqlite test/join.test join-14.4)
CREATE TABLE t1(c PRIMARY KEY, a TEXT(10000), b TEXT(10000));

-- schema: join#2 (sqlite test/join.test join-18.1)
CREATE TABLE t0(a);
CREATE TABLE t1(b);
CREATE VIEW v0 AS SELECT a FROM t1 LEFT JOIN t0;

-- schema: join#3 (sqlite test/join.test join-20.2)
CREATE TABLE t1(c1);
CREATE INDEX t1x ON t1(0) WHERE NULL IN (c1);

-- schema: join#4 (sqlite test/join.test join-20.3)
CREATE TABLE t1(x INT);
CREATE TABLE t2(y BOOLEAN);
CREATE TABLE t3(z INT);
CREATE INDEX t2y ON t2(y) WHERE y;

-- schema: join#5 (sqlite test/join.test join-21.10)
CREATE TABLE t0(aa);
CREATE TABLE t1(bb);
CREATE INDEX i0 ON t0(aa) WHERE aa ISNULL;

-- schema: join#6 (sqlite test/join.test join-23.10)
CREATE TABLE t0(c0);
CREATE VIEW v0(c0) AS SELECT 0 GROUP BY 1;

-- schema: join#7 (sqlite test/join.test join-25.1)
CREATE TABLE t0(c0 INT);
CREATE VIEW v0 AS SELECT (NULL AND 5) as c0 FROM t0;

-- schema: join#8 (sqlite test/join.test join-30.1)
CREATE TABLE t0(z INT);
CREATE TABLE t1(a INT);
CREATE TABLE t2(b INT);
CREATE TABLE t3(c INT, d INT);
CREATE TABLE t4(e INT);
CREATE VIEW v5(x,y) AS SELECT c, d FROM t3 LEFT JOIN t4 ON false;

-- schema: join#9 (sqlite test/join.test join-32.1)
CREATE TABLE t0(w INT);
CREATE TABLE t1(x INT);
CREATE TABLE t2(y INT UNIQUE);
CREATE VIEW v0(z) AS SELECT CAST(x AS INT) FROM t1 LEFT JOIN t2 ON true;

-- schema: join#10 (sqlite test/join.test join-33.1)
CREATE TABLE t1(a1 INTEGER PRIMARY KEY, b1);
CREATE TABLE t2(a2 INTEGER PRIMARY KEY, b2);
CREATE TABLE t3(a3 INTEGER PRIMARY KEY, b3);
CREATE TABLE t4(a4 INTEGER PRIMARY KEY, b4);
CREATE VIEW vchain AS
    SELECT a1, b1, b2, b3, b4
      FROM t1 LEFT JOIN t2 ON a1=a2
              LEFT JOIN t3 ON a2=a3
              LEFT JOIN t4 ON a3=a4;

-- schema: join2#1 (sqlite test/join2.test 7.0)
CREATE TABLE t1(a,b);
CREATE TABLE t2(c,d);
CREATE TABLE t3(x);
CREATE VIEW test AS
    SELECT *, 'x'
      FROM t1 LEFT JOIN (SELECT * FROM t2, t3) ON (c=b AND x=9)
      WHERE c IS NULL;

-- schema: join2#2 (sqlite test/join2.test 9.10)
CREATE TABLE t1 (aaa);
CREATE TABLE t2(bbb);
CREATE VIEW v2(ccc) AS SELECT bbb IS 1234 FROM t2;

-- schema: join5#1 (sqlite test/join5.test 10.1)
CREATE TABLE t1(x INT);
CREATE INDEX t1x1 ON t1(x BETWEEN 0 AND 10, x);
CREATE VIEW v1 AS SELECT * FROM t1 NATURAL JOIN t1 WHERE (x BETWEEN 0 AND 10) OR true;
CREATE VIEW v2 AS SELECT * FROM v1 NATURAL JOIN v1;
CREATE VIEW v3 AS SELECT * FROM v2, v1 USING (x) GROUP BY x;

-- schema: join8#1 (sqlite test/join8.test join8-3000)
CREATE TABLE t1(id INTEGER PRIMARY KEY, a INT);
CREATE TABLE t2(id INTEGER PRIMARY KEY, b INT);
CREATE TABLE t3(id INTEGER PRIMARY KEY, c INT);
CREATE TABLE t4(id INTEGER PRIMARY KEY, d INT);
CREATE TABLE t5(id INTEGER PRIMARY KEY, e INT);
CREATE TABLE t6(id INTEGER PRIMARY KEY, f INT);
CREATE TABLE t7(id INTEGER PRIMARY KEY, g INT);
CREATE TABLE t8(id INTEGER PRIMARY KEY, h INT);
CREATE TABLE t9 AS
    SELECT id, h, g, f, e, d, c, b, a
      FROM t1
      NATURAL FULL JOIN t2
      NATURAL FULL JOIN t3
      NATURAL FULL JOIN t4
      NATURAL FULL JOIN t5
      NATURAL FULL JOIN t6
      NATURAL FULL JOIN t7
      NATURAL FULL JOIN t8;

-- schema: join8#2 (sqlite test/join8.test join8-6022)
CREATE TABLE a(key TEXT);

-- schema: join8#3 (sqlite test/join8.test join8-26000)
CREATE TABLE t1(a INT);
CREATE TABLE t2(b INT, c INT);
CREATE VIEW t3(d) AS SELECT NULL FROM t2 FULL OUTER JOIN t1 ON c=a UNION ALL SELECT b FROM t2;

-- schema: joinD#1 (sqlite test/joinD.test joinD-extra-1000)
CREATE VIEW v1 AS
    SELECT *
    FROM t1 INNER JOIN t2 ON t1.b=t2.b AND t2.x>0
    RIGHT JOIN t3 ON t1.c=t3.c AND t3.y>0
    LEFT JOIN t4 ON t1.d=t4.d AND t4.z>0;
CREATE TRIGGER v1r1 INSTEAD OF UPDATE OF c ON v1 BEGIN
    UPDATE t1 SET c=new.c WHERE (a,b,c,d) IS (old.a,old.b,old.c,old.d);
    UPDATE t3 SET c=new.c WHERE (c,y) IS (old.c,old.y);
  END;

-- schema: joinH#1 (sqlite test/joinH.test 3.1)
CREATE TABLE t0 (c0);
CREATE TABLE t1 (c0);
CREATE TABLE t2 (c0 , c1 , c2 , UNIQUE (c0), UNIQUE (c2 DESC));
CREATE VIEW v0(c0) AS SELECT FALSE;

-- schema: joinH#2 (sqlite test/joinH.test 4.3)
CREATE TABLE t1(a,b,c,d,e,f,g,h,PRIMARY KEY(a,b,c)) WITHOUT ROWID;
CREATE INDEX i1 ON t1( (d IS NULL), d );

-- schema: joinH#3 (sqlite test/joinH.test 9.0)
CREATE TABLE x1(a);
CREATE TABLE x2(b);
CREATE TABLE x3(c);
CREATE TABLE wo1(a PRIMARY KEY, b) WITHOUT ROWID;
CREATE TABLE wo2(a PRIMARY KEY, rowid) WITHOUT ROWID;
CREATE TABLE wo3(a PRIMARY KEY, b) WITHOUT ROWID;

-- schema: json102#1 (sqlite test/json102.test json102-1700)
CREATE TABLE t1(a1 DATE, a2 INTEGER PRIMARY KEY, a3 INTEGER, memo TEXT);
CREATE INDEX t1x1 ON t1(a3, a1, memo->>'y');

-- schema: jsonb01#1 (sqlite test/jsonb01.test jsonb01-1.1)
CREATE TABLE t1(x JSON BLOB);
