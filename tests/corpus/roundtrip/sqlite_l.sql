-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: lastinsert#1 (sqlite test/lastinsert.test lastinsert-2.1)
create table t1 (k integer primary key);
create trigger r1 after insert on t1 for each row begin
            insert into t2 values (NEW.k*2, last_insert_rowid(), NULL, NULL);
            update t2 set k=k+10, val2=100+last_insert_rowid();
            update t2 set val3=1000+last_insert_rowid();
        end;

-- schema: laststmtchanges#1 (sqlite test/laststmtchanges.test laststmtchanges-2.1)
create table t1 (k integer primary key);
create table t2 (k integer primary key, v1, v2);
create trigger r1 after insert on t1 for each row begin
            insert into t2 values (NULL, changes(), NULL);
            update t0 set x=x;
            update t2 set v2=changes();
        end;

-- schema: like#1 (sqlite test/like.test like-10.1)
CREATE TABLE t10(
        a INTEGER PRIMARY KEY,
        b INTEGER COLLATE nocase UNIQUE,
        c NUMBER COLLATE nocase UNIQUE,
        d BLOB COLLATE nocase UNIQUE,
        e COLLATE nocase UNIQUE,
        f TEXT COLLATE nocase UNIQUE
      );

-- schema: like#2 (sqlite test/like.test like-12.1)
CREATE TABLE t12nc(id INTEGER, x TEXT UNIQUE COLLATE nocase);
CREATE TABLE t12b(id INTEGER, x TEXT UNIQUE COLLATE binary);

-- schema: like#3 (sqlite test/like.test 18.0)
CREATE TABLE t1(x INT, y TEXT);
CREATE VIEW t2 AS SELECT * FROM t1 WHERE y LIKE 'a%';

-- schema: like3#1 (sqlite test/like3.test like3-5.100)
CREATE TABLE t5a(x INT UNIQUE COLLATE nocase);

-- schema: limit#1 (sqlite test/limit.test limit-4.3)
CREATE TABLE t3(x);
CREATE TABLE t4 AS SELECT x,
       'abcdefghijklmnopqrstuvwyxz ABCDEFGHIJKLMNOPQRSTUVWYXZ' || x ||
       'abcdefghijklmnopqrstuvwyxz ABCDEFGHIJKLMNOPQRSTUVWYXZ' || x ||
       'abcdefghijklmnopqrstuvwyxz ABCDEFGHIJKLMNOPQRSTUVWYXZ' || x ||
       'abcdefghijklmnopqrstuvwyxz ABCDEFGHIJKLMNOPQRSTUVWYXZ' || x ||
       'abcdefghijklmnopqrstuvwyxz ABCDEFGHIJKLMNOPQRSTUVWYXZ' || x AS y
    FROM t3 LIMIT 1000;

-- schema: limit2#1 (sqlite test/limit2.test 700)
CREATE TABLE t1(aa VARCHAR PRIMARY KEY NOT NULL,bb,cc,x VARCHAR(400));
CREATE TABLE t2(aa VARCHAR PRIMARY KEY, dd INT DEFAULT 1, ee, x VARCHAR(100));
CREATE INDEX t2x1 ON t2(dd,ee);
