-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: hook#1 (sqlite test/hook.test hook-4.2.1)
CREATE TABLE t1(a INTEGER PRIMARY KEY, b);
CREATE TABLE t2(c INTEGER PRIMARY KEY, d);
CREATE TRIGGER t1_trigger AFTER INSERT ON t1 BEGIN
        INSERT INTO t2 VALUES(new.a, new.b);
        UPDATE t2 SET d = d || ' via trigger' WHERE new.a = c;
        DELETE FROM t2 WHERE new.a = c;
      END;

-- schema: hook#2 (sqlite test/hook.test 13.1)
CREATE TABLE t1(a INTEGER PRIMARY KEY);
ALTER TABLE t1 ADD COLUMN b DEFAULT 1234;
ALTER TABLE t1 ADD COLUMN c DEFAULT 'abcdef';
ALTER TABLE t1 ADD COLUMN d DEFAULT NULL;
