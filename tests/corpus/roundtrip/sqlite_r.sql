-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: regexp2#1 (sqlite test/regexp2.test 1.0)
CREATE TABLE t1(a, b, c);
CREATE TABLE x1(x, y, z);
CREATE TABLE x2(x, y, z);
CREATE TRIGGER tr1 AFTER INSERT ON t1 BEGIN
    INSERT INTO x1 VALUES(
        new.a REGEXP 'abc',
        new.b REGEXP 'abc',
        new.c REGEXP 'abc'
    );
  END;
CREATE TRIGGER tr2 AFTER INSERT ON t1 BEGIN
    INSERT INTO x2 VALUES(
        new.a REGEXP 'def',
        new.b REGEXP 'def',
        new.c REGEXP 'def'
    );
  END;

-- schema: regexp2#2 (sqlite test/regexp2.test 2.0)
CREATE TABLE t2(a, b);
CREATE TABLE t3(c, d);
CREATE TABLE t4(e, f);
CREATE TRIGGER t2_tr1 AFTER UPDATE ON t2 BEGIN
    UPDATE t3 SET d = new.b WHERE c = old.a;
  END;
CREATE TRIGGER t3_tr1 AFTER UPDATE ON t3 BEGIN
    UPDATE t4 SET f = new.d WHERE e = old.c AND new.d REGEXP 'a.*';
  END;
CREATE TRIGGER t4_tr1 AFTER UPDATE ON t4 BEGIN
    SELECT CASE WHEN new.f REGEXP '.*y.*' THEN error() ELSE 1 END;
  END;

-- schema: regexp2#3 (sqlite test/regexp2.test 3.0)
CREATE TABLE t5(a);
CREATE TABLE t6(x);
CREATE TRIGGER t5tr AFTER DELETE ON t5 BEGIN
    DELETE FROM t6 WHERE t6.x REGEXP old.a;
  END;

-- schema: returning1#1 (sqlite test/returning1.test 18.0)
CREATE TABLE v0(c1 INT);
CREATE VIEW view_2(c1) AS SELECT CASE WHEN c1 COLLATE TRUE THEN TRUE ELSE TRUE END FROM v0;
CREATE TRIGGER x1 INSTEAD OF INSERT ON view_2 BEGIN SELECT true; END;

-- schema: returning1#2 (sqlite test/returning1.test 19.0)
CREATE TABLE t1(a);
CREATE TRIGGER r1 AFTER UPDATE ON t1 BEGIN VALUES(0); END;

-- schema: rowid#1 (sqlite test/rowid.test rowid-3.1)
CREATE TABLE t2(rowid int, x int, y int);

-- schema: rowvalue#1 (sqlite test/rowvalue.test 16.3)
CREATE TABLE t16c(a, b, c, d, e);
CREATE TRIGGER t16c1 AFTER INSERT ON t16c BEGIN
    UPDATE t16c SET (c, d) = (SELECT 'A', 'B'), (e, b) = (SELECT 'C', 'D')
      WHERE a = new.a-1;
  END;

-- schema: rowvalue#2 (sqlite test/rowvalue.test 16.5)
CREATE TABLE t16c(a, b, c, d, e);
CREATE TRIGGER t16c1 AFTER UPDATE ON t16c WHEN new.a>1 BEGIN
    UPDATE t16c SET (e, d) = (
      SELECT b, c FROM t16c WHERE a = new.a-1
    ), (c, b) = (
      SELECT d, e FROM t16c WHERE a = new.a-1
    ) WHERE a = new.a-1;
  END;

-- schema: rowvalue#3 (sqlite test/rowvalue.test 27.10)
CREATE TABLE t0(c0 CHECK(((0, 0) > (0, c0))));

-- schema: rowvalue#4 (sqlite test/rowvalue.test 34.1)
CREATE TABLE items (
    Id INTEGER  /* rowid alias */,
    Item INTEGER  /* any type */,
    Test TEXT  /* TEXT or BLOB */,
    Filler,  /* any type */
    PRIMARY KEY(Id),
    UNIQUE(Item, Id)
  );
