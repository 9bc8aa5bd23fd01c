-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: scanstatus#1 (sqlite test/scanstatus.test 4.0)
CREATE TABLE t1(a, b, c);
CREATE TABLE t2(x PRIMARY KEY, y, z);
CREATE TRIGGER tr1 AFTER INSERT ON t1 BEGIN
    SELECT * FROM t2 WHERE x BETWEEN 20 AND 40;
  END;

-- schema: schema5#1 (sqlite test/schema5.test schema5-1.1)
CREATE TABLE t1(a,b,c, PRIMARY KEY(a) UNIQUE (a) CONSTRAINT one);

-- schema: select1#1 (sqlite test/select1.test select1-21.1)
CREATE TABLE t1(a IMTEGES PRIMARY KEY,R);
CREATE TABLE t2(x UNIQUE);
CREATE VIEW v1a(z,y) AS SELECT x IS NULL, x FROM t2;

-- schema: select3#1 (sqlite test/select3.test select3-8.1)
CREATE TABLE A (
      A1 DOUBLE,
      A2 VARCHAR COLLATE NOCASE,
      A3 DOUBLE
    );

-- schema: select3#2 (sqlite test/select3.test select3-8.$id)
CREATE TABLE t1 (c0, c1 REAL PRIMARY KEY);

-- schema: select3#3 (sqlite test/select3.test select3-9.100)
CREATE TABLE t0(c0 REAL, c1 REAL GENERATED ALWAYS AS (c0));

-- schema: select4#1 (sqlite test/select4.test select4-4.1.3)
CREATE TABLE t1(n int, log int);
CREATE TABLE t2 AS
      SELECT DISTINCT log FROM t1 UNION ALL SELECT 6
      INTERSECT
      SELECT n FROM t1 WHERE log=3
      ORDER BY log;

-- schema: select4#2 (sqlite test/select4.test select4-7.1)
CREATE TABLE t1(n int, log int);
CREATE TABLE t2 AS SELECT log AS 'x', count(*) AS 'y' FROM t1 GROUP BY log;

-- schema: select4#3 (sqlite test/select4.test select4-18.1)
CREATE VIEW v0(v0) AS WITH v0 AS(SELECT 0 v0) SELECT(SELECT min(v0) OVER()) FROM v0 GROUP BY v0;

-- schema: select7#1 (sqlite test/select7.test select7-2.1)
CREATE TABLE x(id integer primary key, a TEXT NULL);
CREATE TABLE tempx(id integer primary key, a TEXT NULL);
CREATE VIEW tv1 AS SELECT x.id, tx.id FROM x JOIN tempx tx ON tx.id=x.id;
CREATE VIEW tv1b AS SELECT x.id, tx.id FROM x JOIN tempx tx on tx.id=x.id;
CREATE VIEW tv2 AS SELECT * FROM tv1 UNION SELECT * FROM tv1b;

-- schema: selectC#1 (sqlite test/selectC.test selectC-2.1)
CREATE TABLE t21a(a,b);
CREATE TABLE t21b(n);
CREATE TRIGGER r21 AFTER INSERT ON t21b BEGIN
        SELECT a FROM t21a WHERE a>new.x UNION ALL
        SELECT b FROM t21a WHERE b>new.x ORDER BY 1 LIMIT 2;
      END;

-- schema: selectC#2 (sqlite test/selectC.test selectC-3.1)
CREATE TABLE person (
        org_id          TEXT NOT NULL,
        nickname        TEXT NOT NULL,
        license         TEXT,
        CONSTRAINT person_pk PRIMARY KEY (org_id, nickname),
        CONSTRAINT person_license_uk UNIQUE (license)
    );

-- schema: selectH#1 (sqlite test/selectH.test 3.1)
CREATE VIEW v1 AS
    SELECT c16 AS a, *, counter(1) AS x FROM t1
    UNION ALL
    SELECT c17 AS a, *, counter(1) AS x FROM t1
    UNION ALL
    SELECT c18 AS a, *, counter(1) AS x FROM t1
    UNION ALL
    SELECT c19 AS a, *, counter(1) AS x FROM t1;

-- schema: shared#1 (sqlite test/shared.test shared-$av-15.1)
CREATE TABLE t1(a, b, c);
CREATE INDEX i1 ON t1(a, b);
CREATE VIEW v1 AS SELECT * FROM t1;
CREATE VIEW v2 AS SELECT * FROM t1, v1 
                      WHERE t1.c=v1.c GROUP BY t1.a ORDER BY v1.b;
CREATE TRIGGER tr1 AFTER INSERT ON t1 
      WHEN new.a!=1
    BEGIN
      DELETE FROM t1 WHERE a=5;
      INSERT INTO t1 VALUES(1, 2, 3);
      UPDATE t1 SET c=c+1;
    END;

-- schema: shell1#1 (sqlite test/shell1.test shell1-4.1.3)
CREATE TABLE [table](x INTEGER PRIMARY KEY DESC, y);

-- schema: shell1#2 (sqlite test/shell1.test shell1-4.1.4)
CREATE TABLE [ta<>ble](x INTEGER PRIMARY KEY, y) WITHOUT ROWID;

-- schema: shell8#1 (sqlite test/shell8.test 3.3)
CREATE TABLE sqlar(
      name TEXT PRIMARY KEY,  -- name of the file
      mode INT,               -- access permissions
      mtime INT,              -- last modification time
      sz INT,                 -- original file size
      data BLOB               -- compressed content
    );

-- schema: shell9#1 (sqlite test/shell9.test 3.1.0)
CREATE TABLE t4(hello, check( hello IS NOT "xyz") );

-- schema: skipscan2#1 (sqlite test/skipscan2.test skipscan2-1.1)
CREATE TABLE people(
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    height INT NOT NULL, -- in cm
    CHECK( role IN ('student','teacher') )
  );
CREATE INDEX people_idx1 ON people(role, height);

-- schema: sort#1 (sqlite test/sort.test sort-12.1)
create table a (id integer primary key);
create table b (id integer primary key, aId integer, text);

-- schema: speed4#1 (sqlite test/speed4.test)
CREATE TABLE t1(rowid INTEGER PRIMARY KEY, i INTEGER, t TEXT);
CREATE TABLE t2(rowid INTEGER PRIMARY KEY, i INTEGER, t TEXT);
CREATE TABLE t3(rowid INTEGER PRIMARY KEY, i INTEGER, t TEXT);
CREATE VIEW v1 AS SELECT rowid, i, t FROM t1;
CREATE VIEW v2 AS SELECT rowid, i, t FROM t2;
CREATE VIEW v3 AS SELECT rowid, i, t FROM t3;

-- schema: speed4#2 (sqlite test/speed4.test)
CREATE TABLE log(op TEXT, r INTEGER, i INTEGER, t TEXT);
CREATE TABLE t4(rowid INTEGER PRIMARY KEY, i INTEGER, t TEXT);
CREATE TRIGGER t4_trigger1 AFTER INSERT ON t4 BEGIN
    INSERT INTO log VALUES('INSERT INTO t4', new.rowid, new.i, new.t);
  END;
CREATE TRIGGER t4_trigger2 AFTER UPDATE ON t4 BEGIN
    INSERT INTO log VALUES('UPDATE OF t4', new.rowid, new.i, new.t);
  END;
CREATE TRIGGER t4_trigger3 AFTER DELETE ON t4 BEGIN
    INSERT INTO log VALUES('DELETE OF t4', old.rowid, old.i, old.t);
  END;

-- schema: strict1#1 (sqlite test/strict1.test strict1-2.0)
CREATE TABLE t1(
    a INT,
    b INTEGER,
    c BLOB,
    d TEXT,
    e REAL
  ) STRICT;

-- schema: strict1#2 (sqlite test/strict1.test strict1-7.1)
CREATE TABLE t4(
      a INT AS (b*2) VIRTUAL,
      b INT AS (c*2) STORED,
      c INT PRIMARY KEY
    ) STRICT;

-- schema: strict1#3 (sqlite test/strict1.test strict1-8.1)
CREATE TABLE csv_import_table (
    "debit" TEXT,
    "credit" TEXT
  );
CREATE TABLE IF NOT EXISTS transactions (
      debit REAL,
      credit REAL,
      amount REAL GENERATED ALWAYS AS (ifnull(credit, 0.0) - ifnull(debit, 0.0))
  ) STRICT;

-- schema: strict2#1 (sqlite test/strict2.test strict2-1.1)
CREATE TABLE t1(
    a INT,
    b INTEGER,
    c TEXT,
    d REAL,
    e BLOB
  ) STRICT;
CREATE TABLE t1nn(
    a INT NOT NULL,
    b INTEGER NOT NULL,
    c TEXT NOT NULL,
    d REAL NOT NULL,
    e BLOB NOT NULL
  ) STRICT;
CREATE TABLE t2(a,b,c,d,e);

-- schema: strict2#2 (sqlite test/strict2.test strict2-2.0)
CREATE TABLE t2(a INT, b ANY) STRICT;

-- schema: subtype1#1 (sqlite test/subtype1.test subtype1-300)
CREATE TABLE t0(c0);
CREATE VIEW v0(c0) AS SELECT CASE WHEN 1 THEN json_patch('1', '1') END 
                        FROM t0 GROUP BY t0.c0;
