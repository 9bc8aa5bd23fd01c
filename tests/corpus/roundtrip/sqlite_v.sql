-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: vacuum-into#1 (sqlite test/vacuum-into.test vacuum-into-100)
CREATE TABLE t1(
    a INTEGER PRIMARY KEY,
    b ANY,
    c INT AS (b+1),                          --- See "2024-04-09" block
    CHECK( typeof(b)!='integer' OR b>a-5 )   --- comment below
  );
CREATE INDEX t1b ON t1(b);

-- schema: vacuum#1 (sqlite test/vacuum.test vacuum-6.1)
CREATE TABLE "abc abc"(a, b, c);

-- schema: values#1 (sqlite test/values.test 17.1)
CREATE TABLE t1 AS SELECT * FROM (VALUES(1,2), (3,4 IN (1,2,3)));

-- schema: values#2 (sqlite test/values.test 18.2)
CREATE TABLE t1(x INTEGER PRIMARY KEY, y, z);
CREATE TRIGGER r2 AFTER INSERT ON t1 BEGIN
    INSERT INTO t1(y) VALUES(RAISE(IGNORE)),(0);
  END;

-- schema: values#3 (sqlite test/values.test 18.4.1)
CREATE TABLE t1(x INTEGER PRIMARY KEY, y, z);
CREATE TRIGGER r2 AFTER INSERT ON t1 BEGIN
    INSERT INTO t1(y) VALUES(1),(RAISE(ABORT,'error 18.4')),(0);
  END;

-- schema: values#4 (sqlite test/values.test 18.5.1)
CREATE TABLE t1(x INTEGER PRIMARY KEY, y, z);
CREATE TRIGGER r2 AFTER INSERT ON t1 BEGIN
    INSERT INTO t1(y) VALUES(1),
       (CASE WHEN new.z>7 THEN RAISE(ABORT,'error 18.5') ELSE 2 END);
  END;

-- schema: view#1 (sqlite test/view.test view-1.1)
CREATE VIEW IF NOT EXISTS v1 AS SELECT a,b FROM t1;

-- schema: view#2 (sqlite test/view.test view-3.3.5)
CREATE VIEW v1err(x,y) AS SELECT a, b+c, c-b FROM t1;

-- schema: view#3 (sqlite test/view.test view-8.4)
CREATE VIEW v8 AS SELECT max(cnt) AS mx FROM
        (SELECT a%2 AS eo, count(*) AS cnt FROM t1 GROUP BY eo);

-- schema: view#4 (sqlite test/view.test view-9.3)
CREATE VIEW v9 AS 
       SELECT DISTINCT count(*) FROM t2 GROUP BY a ORDER BY 1 LIMIT 3;

-- schema: view#5 (sqlite test/view.test view-10.1)
CREATE TABLE t3("9" integer, [4] text);
CREATE VIEW v_t3_a AS SELECT a.[9] FROM t3 AS a;
CREATE VIEW v_t3_b AS SELECT "4" FROM t3;

-- schema: view3#1 (sqlite test/view3.test 1.1)
CREATE TABLE t1(x);
CREATE VIEW v1 AS SELECT x*2 FROM t1;
CREATE VIEW v2 AS SELECT * FROM v1 UNION SELECT * FROM v1;
CREATE VIEW v4 AS SELECT * FROM v2 UNION SELECT * FROM v2;
CREATE VIEW v8 AS SELECT * FROM v4 UNION SELECT * FROM v4;
CREATE VIEW v16 AS SELECT * FROM v8 UNION SELECT * FROM v8;
CREATE VIEW v32 AS SELECT * FROM v16 UNION SELECT * FROM v16;
CREATE VIEW v64 AS SELECT * FROM v32 UNION SELECT * FROM v32;
CREATE VIEW v128 AS SELECT * FROM v64 UNION SELECT * FROM v64;
CREATE VIEW v256 AS SELECT * FROM v128 UNION SELECT * FROM v128;
CREATE VIEW v512 AS SELECT * FROM v256 UNION SELECT * FROM v256;
CREATE VIEW v1024 AS SELECT * FROM v512 UNION SELECT * FROM v512;
CREATE VIEW v2048 AS SELECT * FROM v1024 UNION SELECT * FROM v1024;
CREATE VIEW v4096 AS SELECT * FROM v2048 UNION SELECT * FROM v2048;
CREATE VIEW v8192 AS SELECT * FROM v4096 UNION SELECT * FROM v4096;
CREATE VIEW v16384 AS SELECT * FROM v8192 UNION SELECT * FROM v8192;
CREATE VIEW v32768 AS SELECT * FROM v16384 UNION SELECT * FROM v16384;

-- schema: vtabA#1 (sqlite test/vtabA.test vtabA-1.1)
CREATE TABLE t1(a, b HIDDEN VARCHAR, c INTEGER) ;
