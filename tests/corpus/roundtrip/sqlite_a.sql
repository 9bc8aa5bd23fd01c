-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: affinity2#1 (sqlite test/affinity2.test affinity2-100)
CREATE TABLE t1(
    xi INTEGER,
    xr REAL,
    xb BLOB,
    xn NUMERIC,
    xt TEXT
  );

-- schema: affinity2#2 (sqlite test/affinity2.test 400)
CREATE TABLE ttt(c0, c1);
CREATE INDEX ii ON ttt(CAST(c0 AS NUMERIC));

-- schema: affinity2#3 (sqlite test/affinity2.test 430)
CREATE TABLE t3(a, b, c INTEGER);
CREATE INDEX t3ac ON t3(a, c-1);

-- schema: affinity2#4 (sqlite test/affinity2.test 500)
CREATE TABLE t0(c0 TEXT UNIQUE, c1);

-- schema: affinity2#5 (sqlite test/affinity2.test 600)
CREATE TABLE t0(c0 REAL UNIQUE);

-- schema: affinity3#1 (sqlite test/affinity3.test affinity3-100)
CREATE TABLE customer (id INT PRIMARY KEY);
CREATE TABLE apr (id INT PRIMARY KEY, apr REAL);
CREATE VIEW v1 AS
  SELECT c.id, i.apr
  FROM customer c
  LEFT JOIN apr i ON i.id=c.id;
CREATE VIEW v1rj AS
  SELECT c.id, i.apr
  FROM apr i
  RIGHT JOIN customer c ON i.id=c.id;
CREATE VIEW v2 AS
  SELECT c.id, v1.apr
  FROM customer c
  LEFT JOIN v1 ON v1.id=c.id;
CREATE VIEW v2rj AS
  SELECT c.id, v1.apr
  FROM v1 RIGHT JOIN customer c ON v1.id=c.id;
CREATE VIEW v2rjrj AS
  SELECT c.id, v1rj.apr
  FROM v1rj RIGHT JOIN customer c ON v1rj.id=c.id;

-- schema: affinity3#2 (sqlite test/affinity3.test affinity3-200)
CREATE TABLE map_integer (id INT, name);
CREATE TABLE map_text (id TEXT, name);
CREATE TABLE data (id TEXT, name);
CREATE VIEW idmap as
      SELECT * FROM map_integer
      UNION SELECT * FROM map_text;
CREATE TABLE mzed AS SELECT * FROM idmap;

-- schema: aggfault#1 (sqlite test/aggfault.test 1)
CREATE TABLE t1(x);
CREATE INDEX t1x ON t1(x, x=0);

-- schema: aggnested#1 (sqlite test/aggnested.test aggnested-2.0)
CREATE TABLE t1 (A1 INTEGER NOT NULL,A2 INTEGER NOT NULL,A3 INTEGER NOT 
    NULL,A4 INTEGER NOT NULL,PRIMARY KEY(A1));
CREATE TABLE t2 (B1 INTEGER NOT NULL,B2 INTEGER NOT NULL,B3 INTEGER NOT 
    NULL,B4 INTEGER NOT NULL,PRIMARY KEY(B1));

-- schema: aggnested#2 (sqlite test/aggnested.test aggnested-3.0)
CREATE TABLE AAA (
      aaa_id       INTEGER PRIMARY KEY AUTOINCREMENT
    );
CREATE TABLE RRR (
      rrr_id      INTEGER     PRIMARY KEY AUTOINCREMENT,
      rrr_date    INTEGER     NOT NULL,
      rrr_aaa     INTEGER
    );
CREATE TABLE TTT (
      ttt_id      INTEGER PRIMARY KEY AUTOINCREMENT,
      target_aaa  INTEGER NOT NULL,
      source_aaa  INTEGER NOT NULL
    );

-- schema: aggnested#3 (sqlite test/aggnested.test aggnested-4.1)
CREATE TABLE aa(x INT);
CREATE TABLE bb(y INT);

-- schema: aggnested#4 (sqlite test/aggnested.test 7.0)
CREATE TABLE invoice (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      amount DOUBLE PRECISION DEFAULT NULL,
      name VARCHAR(100) DEFAULT NULL
  );

-- schema: aggorderby#1 (sqlite test/aggorderby.test aggorderby-1.1)
CREATE TABLE t1(a TEXT,b INT,c INT,d INT);
CREATE INDEX t1b ON t1(b);

-- schema: alter#1 (sqlite test/alter.test alter-1.8.2)
CREATE TABLE t4(a PRIMARY KEY, b, c);

-- schema: alter#2 (sqlite test/alter.test alter-1.8.4)
CREATE TABLE t4(a PRIMARY KEY, b, c);
ALTER TABLE t4 RENAME TO t5;

-- schema: alter#3 (sqlite test/alter.test alter-3.1.0)
CREATE TABLE t6(a, b, c);
CREATE TRIGGER trig1 AFTER INSERT ON T6 BEGIN
      SELECT trigfunc('trig1', new.a, new.b, new.c);
    END;

-- schema: alter#4 (sqlite test/alter.test alter-3.2.7)
CREATE TABLE t10(a, 'ON', c);

-- schema: alter#5 (sqlite test/alter.test alter-6.7)
CREATE TABLE t1(a TEXT COLLATE BINARY);
ALTER TABLE t1 ADD COLUMN b INTEGER COLLATE NOCASE;

-- schema: alter#6 (sqlite test/alter.test alter-8.1)
CREATE TABLE t2(a INTEGER);
ALTER TABLE t2 ADD COLUMN b INTEGER DEFAULT 9;

-- schema: alter#7 (sqlite test/alter.test alter-13.1)
CREATE TABLE /* hi */ t3102a(x);
CREATE TABLE t3102b -- comment
    (y);
CREATE INDEX t3102c ON t3102a(x);

-- schema: alter#8 (sqlite test/alter.test alter-14.1)
CREATE TABLE t3651(a UNIQUE);

-- schema: alter#9 (sqlite test/alter.test alter-16.1)
CREATE TABLE t16a(a TEXT, b REAL, c INT, PRIMARY KEY(a,b)) WITHOUT rowid;
ALTER TABLE t16a ADD COLUMN d TEXT DEFAULT 'xyzzy';

-- schema: alter#10 (sqlite test/alter.test alter-17.100)
CREATE TABLE t1(a INTEGER PRIMARY KEY, b);
CREATE VIRTUAL TABLE t2 USING rtree(id,x0,x1);
CREATE TRIGGER r1 AFTER UPDATE ON t1 BEGIN
      DELETE FROM t2 WHERE id = OLD.a;
    END;
ALTER TABLE t1 RENAME TO t3;

-- schema: alter#11 (sqlite test/alter.test alter-18.1)
CREATE TABLE t1(a,b,c);
CREATE TRIGGER tr1 AFTER INSERT ON t1 BEGIN
    INSERT INTO logx(a,b,c) VALUES(new.a,new.b,new.c)
    ON CONFLICT(a) DO UPDATE SET c=excluded.c, b=new.b;
  END;

-- schema: alter#12 (sqlite test/alter.test alter-18.1)
CREATE TABLE log(a INTEGER PRIMARY KEY,b,c);
ALTER TABLE log RENAME COLUMN a TO x;

-- schema: alter#13 (sqlite test/alter.test alter-19.1)
CREATE TABLE t1(x);
CREATE TABLE t2(c);
CREATE TRIGGER r1 AFTER INSERT ON t2 BEGIN
    UPDATE t2 SET (c)=(
       EXISTS(SELECT 1 WHERE (WITH cte1(a) AS (SELECT 1 FROM t1 WHERE (SELECT 1 WHERE (WITH cte2(b) AS (VALUES(1))SELECT b FROM cte2)))SELECT a FROM cte1))
    );
  END;
ALTER TABLE t2 RENAME TO t3;

-- schema: alter#14 (sqlite test/alter.test alter-20.1)
CREATE TABLE t1(a INT) STRICT;

-- schema: alter#15 (sqlite test/alter.test alter-20.2)
CREATE TABLE t1(a INT) STRICT;
ALTER TABLE t1 ADD COLUMN b TEXT DEFAULT x'313233';

-- schema: alter2#1 (sqlite test/alter2.test alter2-3.1)
CREATE TABLE abc3(a, b);
CREATE TABLE blog(o, n);
CREATE TRIGGER abc3_t AFTER UPDATE OF b ON abc3 BEGIN
        INSERT INTO blog VALUES(old.b, new.b);
      END;

-- schema: alter2#2 (sqlite test/alter2.test alter2-8.1)
CREATE TABLE t1(a);
CREATE TRIGGER trig1 BEFORE UPDATE ON t1 BEGIN
      SELECT set_val(
          old.b||' '||typeof(old.b)||' '||old.c||' '||typeof(old.c)||' '||
          new.b||' '||typeof(new.b)||' '||new.c||' '||typeof(new.c) 
      );
      END;

-- schema: alter2#3 (sqlite test/alter2.test alter2-9.1)
CREATE TABLE t1(a);
CREATE TRIGGER trig2 BEFORE DELETE ON t1 BEGIN
      SELECT set_val(
          old.b||' '||typeof(old.b)||' '||old.c||' '||typeof(old.c)
      );
      END;

-- schema: alter3#1 (sqlite test/alter3.test alter3-1.2)
CREATE TABLE abc(a, b, c);
ALTER TABLE abc ADD d INTEGER;

-- schema: alter3#2 (sqlite test/alter3.test alter3-1.3)
CREATE TABLE abc(a, b, c);
ALTER TABLE abc ADD e;

-- schema: alter3#3 (sqlite test/alter3.test alter3-1.4)
CREATE TABLE main.t1(a, b);
ALTER TABLE t1 ADD c;

-- schema: alter3#4 (sqlite test/alter3.test alter3-1.6)
CREATE TABLE t2(a, b, UNIQUE(a, b));
ALTER TABLE t2 ADD c REFERENCES t1(c)  ;

-- schema: alter3#5 (sqlite test/alter3.test alter3-1.7)
CREATE TABLE t3(a, b, UNIQUE(a, b));
ALTER TABLE t3 ADD COLUMN c VARCHAR(10, 20);

-- schema: alter3#6 (sqlite test/alter3.test alter3-2.3)
CREATE TABLE t1(a, b);
ALTER TABLE t1 ADD c NOT NULL;

-- schema: alter3#7 (sqlite test/alter3.test alter3-2.4)
CREATE TABLE t1(a, b);
ALTER TABLE t1 ADD c NOT NULL DEFAULT 10;

-- schema: alter3#8 (sqlite test/alter3.test alter3-2.6)
CREATE TABLE t1(a, b);
alter table t1 add column d DEFAULT CURRENT_TIME;

-- schema: alter3#9 (sqlite test/alter3.test alter3-4.2)
CREATE TABLE t1(a, b);
ALTER TABLE t1 ADD c DEFAULT 'hello world';

-- schema: alter3#10 (sqlite test/alter3.test alter3-6.1)
CREATE TABLE t1(a, b);
CREATE TRIGGER t1_a AFTER INSERT ON t1 BEGIN
        INSERT INTO log VALUES('a', new.a, new.b);
      END;

-- schema: alter3#11 (sqlite test/alter3.test alter3-7.2)
CREATE TABLE abc(a, b, c);
ALTER TABLE abc ADD d DEFAULT NULL;

-- schema: alter3#12 (sqlite test/alter3.test alter3-7.3)
CREATE TABLE abc(a, b, c);
ALTER TABLE abc ADD e DEFAULT 10;

-- schema: alter3#13 (sqlite test/alter3.test alter3-9.2)
CREATE TABLE t1(a,b);
ALTER TABLE t1 ADD COLUMN c CHECK(a!=1);

-- schema: alter3#14 (sqlite test/alter3.test alter3-9.5)
CREATE TABLE t1(a,b);
ALTER TABLE t1 ADD COLUMN d AS (b+1) NOT NULL;

-- schema: alter3#15 (sqlite test/alter3.test alter3-9.6)
CREATE TABLE t1(a,b);
ALTER TABLE t1 ADD COLUMN d AS (b+1) NOT NULL CHECK(a!=1);

-- schema: alter4#1 (sqlite test/alter4.test alter4-9.1)
CREATE TABLE t5(
    a INTEGER DEFAULT -9223372036854775808,
    b INTEGER DEFAULT (-(-9223372036854775808))
  );

-- schema: alter4#2 (sqlite test/alter4.test alter4-10.1)
CREATE TABLE t1(a,b,c);
CREATE INDEX t1a ON t1(a DESC);
ALTER TABLE t1 ADD COLUMN d;

-- schema: alter4#3 (sqlite test/alter4.test alter4-11.1)
CREATE TABLE t1(c INTEGER PRIMARY KEY, d);
ALTER TABLE t1 ADD COLUMN f REFERENCES t1;

-- schema: alter4#4 (sqlite test/alter4.test alter4-11.2)
CREATE TABLE t1(c INTEGER PRIMARY KEY, d);
ALTER TABLE t1 ADD COLUMN g REFERENCES t1 DEFAULT 4;

-- schema: alterauth2#1 (sqlite test/alterauth2.test 1.0)
CREATE TABLE t1(a, b, c);
CREATE TRIGGER tr1 AFTER INSERT ON t1 BEGIN
    DELETE FROM t1 WHERE a<new.a;
  END;

-- schema: altercol#1 (sqlite test/altercol.test 2.0)
CREATE TABLE t3(a, b, c, d, e, f, g, h, i, j, k, l, m, FOREIGN KEY (b, c, d, e, f, g, h, i, j, k, l, m) REFERENCES t4);

-- schema: altercol#2 (sqlite test/altercol.test 2.2)
CREATE TABLE t3(a, b, c, d, e, f, g, h, i, j, k, l, m, FOREIGN KEY (b, c, d, e, f, g, h, i, j, k, l, m) REFERENCES t4);
ALTER TABLE t3 RENAME b TO biglongname;

-- schema: altercol#3 (sqlite test/altercol.test 3.0)
CREATE TABLE t4(x, y, z);
CREATE TRIGGER ttt AFTER INSERT ON t4 WHEN new.y<0 BEGIN
    SELECT x, y, z FROM t4;
    DELETE FROM t4 WHERE y=32;
    UPDATE t4 SET x=y+1, y=0 WHERE y=32;
    INSERT INTO t4(x, y, z) SELECT 4, 5, 6 WHERE 0;
  END;

-- schema: altercol#4 (sqlite test/altercol.test 4.0)
CREATE TABLE c1(a, b, FOREIGN KEY (a, b) REFERENCES p1(c, d));
CREATE TABLE p1(c, d, PRIMARY KEY(c, d));

-- schema: altercol#5 (sqlite test/altercol.test 4.1)
CREATE TABLE p1(c, d, PRIMARY KEY(c, d));
ALTER TABLE p1 RENAME d TO "silly name";

-- schema: altercol#6 (sqlite test/altercol.test 6.0)
CREATE TABLE blob(
    rid INTEGER PRIMARY KEY,
    rcvid INTEGER,
    size INTEGER,
    uuid TEXT UNIQUE NOT NULL,
    content BLOB,
    CHECK( length(uuid)>=40 AND rid>0 )
  );

-- schema: altercol#7 (sqlite test/altercol.test 6.1)
CREATE TABLE blob(
    rid INTEGER PRIMARY KEY,
    rcvid INTEGER,
    size INTEGER,
    uuid TEXT UNIQUE NOT NULL,
    content BLOB,
    CHECK( length(uuid)>=40 AND rid>0 )
  );
ALTER TABLE "blob" RENAME COLUMN "rid" TO "a1";

-- schema: altercol#8 (sqlite test/altercol.test 7.0)
CREATE TABLE c(x);
CREATE TABLE t6("col a", "col b", "col c");
CREATE TRIGGER zzz AFTER UPDATE OF "col a", "col c" ON t6 BEGIN
    UPDATE c SET x=x+1;
  END;

-- schema: altercol#9 (sqlite test/altercol.test 7.1.2)
CREATE TABLE t6("col a", "col b", "col c");
ALTER TABLE t6 RENAME "col c" TO "col 3";

-- schema: altercol#10 (sqlite test/altercol.test 8.0)
CREATE TABLE a1(x INTEGER, y TEXT, z BLOB, PRIMARY KEY(x));
CREATE TABLE a2(a, b, c);
CREATE VIEW v1 AS SELECT x, y, z FROM a1;

-- schema: altercol#11 (sqlite test/altercol.test 8.2.1)
CREATE VIEW v2 AS SELECT x, x+x, a, a+a FROM a1, a2;

-- schema: altercol#12 (sqlite test/altercol.test 8.4.1)
CREATE VIEW vvv AS SELECT c+c || coalesce(c, c) FROM b1, b2 WHERE x=c GROUP BY c HAVING c>0;

-- schema: altercol#13 (sqlite test/altercol.test 8.4.1)
CREATE TABLE b1(a, b, c);
ALTER TABLE b1 RENAME c TO "a;b";

-- schema: altercol#14 (sqlite test/altercol.test 8.4.2)
CREATE VIEW www AS SELECT b FROM b1 UNION ALL SELECT y FROM b2;

-- schema: altercol#15 (sqlite test/altercol.test 8.4.3)
CREATE VIEW xxx AS SELECT a FROM b1 UNION SELECT x FROM b2 ORDER BY 1 COLLATE nocase;

-- schema: altercol#16 (sqlite test/altercol.test 11.2)
CREATE VIEW v1 AS SELECT e1.*, x1.c FROM e1, x1;

-- schema: altercol#17 (sqlite test/altercol.test 12.2.1)
CREATE VIEW v1 AS SELECT * FROM t1;
CREATE VIEW v2(c, d) AS SELECT * FROM t1;

-- schema: altercol#18 (sqlite test/altercol.test 13.1.1)
CREATE TABLE x1(i INTEGER, t TEXT UNIQUE);
CREATE TRIGGER tr1 AFTER INSERT ON x1 BEGIN
    SELECT * FROM nosuchtable;
  END;

-- schema: altercol#19 (sqlite test/altercol.test 13.2.0)
CREATE TABLE data(x UNIQUE, y, z);

-- schema: altercol#20 (sqlite test/altercol.test 15.1)
CREATE TABLE xxx(a, b, c);
CREATE VIEW vvv AS SELECT a AS d FROM xxx WHERE d=0;
ALTER TABLE xxx RENAME a TO xyz;

-- schema: altercol#21 (sqlite test/altercol.test 16.1.3)
CREATE TABLE t1(a,b,c);
CREATE TABLE t2(d,e,f);
CREATE UNIQUE INDEX t2d ON t2(d);
CREATE TRIGGER tr1 AFTER INSERT ON t1 BEGIN
    INSERT INTO t2 VALUES(new.a, new.b, new.c)
      ON CONFLICT(d) DO UPDATE SET f = excluded.f;
  END;

-- schema: altercol#22 (sqlite test/altercol.test 16.1.5)
CREATE TABLE t2(d,e,f);
ALTER TABLE t2 RENAME COLUMN f TO "big f";

-- schema: altercol#23 (sqlite test/altercol.test 16.1.6)
CREATE TABLE t1(a,b,c);
ALTER TABLE t1 RENAME COLUMN c TO "big c";

-- schema: altercol#24 (sqlite test/altercol.test 19.0)
CREATE TABLE t1(a, b);
CREATE TABLE t2(c, d);
CREATE VIEW v2(e) AS SELECT coalesce(t2.c,t1.a) FROM t1, t2 WHERE t1.b=t2.d;

-- schema: altercol#25 (sqlite test/altercol.test 20.100)
CREATE TABLE t1(aaa,b,c,UNIQUE(aaA),PRIMARY KEY(aAa),UNIQUE(aAA));
ALTER TABLE t1 RENAME aaa TO bbb;

-- schema: altercol#26 (sqlite test/altercol.test 20.110)
CREATE TABLE t1(aa UNIQUE,bb UNIQUE,cc UNIQUE,UNIQUE(aA),PRIMARY KEY(bB),UNIQUE(cC));
ALTER TABLE t1 RENAME aa TO xx;
ALTER TABLE t1 RENAME bb TO yy;
ALTER TABLE t1 RENAME cc TO zz;

-- schema: altercol#27 (sqlite test/altercol.test 21.0)
CREATE TABLE t1(a, b, c NOT NULL);
CREATE TRIGGER tr1 AFTER INSERT ON t1 WHEN new.c IS NOT NULL BEGIN
    SELECT c NOT NULL FROM t1;
  END;

-- schema: altercol#28 (sqlite test/altercol.test 22.0)
CREATE TABLE t1(a, b);
CREATE TABLE t2(c, othername, extra AS (c + 1));
ALTER TABLE t1 RENAME a to othername;

-- schema: altercol#29 (sqlite test/altercol.test 22.0)
CREATE TABLE t1(a, b);
CREATE INDEX x1 on t1("c"=b);
ALTER TABLE t1 RENAME COLUMN a TO "c";

-- schema: altercol#30 (sqlite test/altercol.test 23.0)
CREATE TABLE t1('a'"b",c);
CREATE INDEX i1 ON t1('a');
ALTER TABLE t1 RENAME COLUMN a TO x;

-- schema: altercol#31 (sqlite test/altercol.test 23.0)
CREATE TABLE t1(a INT, b REAL, c TEXT, d BLOB, e ANY);
CREATE INDEX t1abx ON t1(a, b, a+b) WHERE c IS NOT NULL;
CREATE VIEW t2 AS SELECT a+10, b*5.0, xyz FROM t1;
CREATE TABLE schema_copy(name TEXT, sql TEXT);

-- schema: altercol#32 (sqlite test/altercol.test 23.10)
CREATE TABLE t1(a INT, b REAL, c TEXT, d BLOB, e ANY);
CREATE TRIGGER r3 AFTER INSERT ON t1 BEGIN
    INSERT INTO t3(x,y) VALUES(new.a, new.b);
    INSERT INTO t4(p) VALUES(new.c);    -- no such table "t4"
  END;

-- schema: altercons#1 (sqlite test/altercons.test 2.0)
CREATE TABLE t2(x, y CONSTRAINT ccc UNIQUE);

-- schema: altercons#2 (sqlite test/altercons.test 6.4.1)
CREATE TABLE b1(a, b, CONSTRAINT abc CHECK (a!=2));

-- schema: altercons#3 (sqlite test/altercons.test 8.0)
CREATE TABLE t1(a INTEGER PRIMARY KEY, b NOT NULL, c CHECK (c!=555), d);

-- schema: altercons2#1 (sqlite test/altercons2.test 1.$tn.0)
CREATE TABLE t1(a, b, c NOT NULL, CONSTRAINT xyz CHECK( a!=0 ));

-- schema: altercons2#2 (sqlite test/altercons2.test 2.0)
CREATE TABLE x1(a PRIMARY KEY, b CHECK(a!=b) NOT NULL, c);

-- schema: altercons2#3 (sqlite test/altercons2.test 4.0)
CREATE TABLE abc(a, b, c, CONSTRAINT one CONSTRAINT two CHECK (b!=c));

-- schema: altercons2#4 (sqlite test/altercons2.test 6.0)
CREATE TABLE abc(a, b CONSTRAINT two COLLATE nocase CHECK (a!=b), c CONSTRAINT one DEFAULT 'abc');

-- schema: altercons2#5 (sqlite test/altercons2.test 7.0)
CREATE TABLE abc(a, b, c, CONSTRAINT one CHECK (a>b) FOREIGN KEY(a) REFERENCES abc);

-- schema: altercons2#6 (sqlite test/altercons2.test 8.0)
CREATE TABLE abc(a, b, c, CONSTRAINT one FOREIGN KEY(a) REFERENCES abc);

-- schema: altercons2#7 (sqlite test/altercons2.test 9.0)
CREATE TABLE abc(a, b NOT NULL AS (a+1))
;

-- schema: altercons2#8 (sqlite test/altercons2.test 10.0)
CREATE TABLE abc(a, b GENERATED ALWAYS AS (a+1));

-- schema: altercons2#9 (sqlite test/altercons2.test 12.0)
CREATE TABLE "Test" ( 
      "IsActive" INTEGER, 
      CONSTRAINT "BooleanZeroOrOne" CHECK ("IsActive" IN (0, 1)) 
  );

-- schema: altercons2#10 (sqlite test/altercons2.test 12.6)
CREATE TABLE t1(a, b CONSTRAINT "a""b" CHECK (b IS NOT NULL));

-- schema: alterdropcol#1 (sqlite test/alterdropcol.test 1.0)
CREATE TABLE t1(a, b, c);
CREATE VIEW v1 AS SELECT * FROM t1;
CREATE TABLE t2(x INTEGER PRIMARY KEY, y, z UNIQUE);
CREATE INDEX t2y ON t2(y);
CREATE TABLE t3(q, r, s);
CREATE INDEX t3rs ON t3(r+s);

-- schema: alterdropcol#2 (sqlite test/alterdropcol.test 1.6.1)
CREATE TABLE t1(a, b, c);
ALTER TABLE t1 DROP COLUMN b;

-- schema: alterdropcol#3 (sqlite test/alterdropcol.test 3.0)
CREATE TABLE t12(a, b, c, CHECK(c>10));
CREATE TABLE t13(a, b, c CHECK(c>10));

-- schema: alterdropcol#4 (sqlite test/alterdropcol.test 5.0)
CREATE TABLE p1(a PRIMARY KEY, b UNIQUE);
CREATE TABLE c1(x, y, z REFERENCES p1(c));
CREATE TABLE c2(x, y, z, w REFERENCES p1(b));

-- schema: alterdropcol#5 (sqlite test/alterdropcol.test 7.0)
CREATE TABLE t1(a, b, c, PRIMARY KEY(a COLLATE nocase, a)) WITHOUT ROWID;

-- schema: alterdropcol2#1 (sqlite test/alterdropcol2.test 1.1)
CREATE TABLE t1(c, b, a, PRIMARY KEY(b, a)) WITHOUT ROWID;
ALTER TABLE t1 DROP c;

-- schema: alterfault#1 (sqlite test/alterfault.test 2.0)
CREATE TABLE x1(d, e CONSTRAINT abc NOT NULL, f);

-- schema: alterlegacy#1 (sqlite test/alterlegacy.test 1.0)
CREATE TABLE t1(a, b, CHECK(t1.a != t1.b));
CREATE TABLE t2(a, b);
CREATE INDEX t2expr ON t2(a) WHERE t2.b>0;

-- schema: alterlegacy#2 (sqlite test/alterlegacy.test 3.0)
CREATE VIEW vvv AS SELECT main.txx.a, txx.b, c FROM txx;

-- schema: alterlegacy#3 (sqlite test/alterlegacy.test 3.0)
CREATE VIEW uuu AS SELECT main.one.a, one.b, c FROM txx AS one;

-- schema: alterlegacy#4 (sqlite test/alterlegacy.test 3.1.2a)
CREATE TABLE txx(a, b, c);
ALTER TABLE txx RENAME TO "t xx";

-- schema: alterlegacy#5 (sqlite test/alterlegacy.test 4.0)
CREATE table t1(x, y);
CREATE table t2(a, b);
CREATE TRIGGER tr1 AFTER INSERT ON t1 BEGIN
    SELECT t1.x, * FROM t1, t2;
    INSERT INTO t2 VALUES(new.x, new.y);
  END;

-- schema: alterlegacy#6 (sqlite test/alterlegacy.test 9.4)
CREATE TABLE t1(a, b, c);
CREATE TRIGGER tr AFTER INSERT ON t1 WHEN new.a IS NULL BEGIN SELECT 1, 2, 3; END;

-- schema: alterlegacy#7 (sqlite test/alterlegacy.test 9.5)
CREATE TABLE t1(a, b, c);
ALTER TABLE main.t1 RENAME TO t3;

-- schema: alterlegacy#8 (sqlite test/alterlegacy.test 14.0)
CREATE VIRTUAL TABLE rt USING rtree(id, minx, maxx, miny, maxy);
CREATE TABLE "mytable" ( "fid" INTEGER PRIMARY KEY, "geom" BLOB);
CREATE TRIGGER tr1 AFTER UPDATE OF "geom" ON "mytable" 
          WHEN OLD."fid" = NEW."fid" AND NEW."geom" IS NULL BEGIN 
      DELETE FROM rt WHERE id = OLD."fid"; 
    END;

-- schema: altermalloc#1 (sqlite test/altermalloc.test)
CREATE TABLE t1(a, b VARCHAR, c INTEGER);

-- schema: altermalloc2#1 (sqlite test/altermalloc2.test 3.0)
CREATE TABLE t1(abcd, efgh);
CREATE VIEW v1 AS SELECT * FROM t1 WHERE abcd>efgh;

-- schema: altermalloc2#2 (sqlite test/altermalloc2.test 4.0)
CREATE TABLE rr(a, b);
CREATE VIEW vv AS SELECT * FROM rr;
CREATE TRIGGER vv1 INSTEAD OF INSERT ON vv BEGIN
    SELECT 1, 2, 3;
  END;
CREATE TRIGGER tr1 AFTER INSERT ON rr BEGIN
    INSERT INTO vv VALUES(new.a, new.b);
  END;

-- schema: altermalloc2#3 (sqlite test/altermalloc2.test 5.0)
CREATE TABLE rr(a, b);
CREATE VIEW vv AS SELECT * FROM (
    WITH abc(d, e) AS (SELECT * FROM rr)
    SELECT * FROM abc
  );

-- schema: altermalloc3#1 (sqlite test/altermalloc3.test 1.0)
CREATE TABLE x1(
      one, two, three, PRIMARY KEY(one), 
      CHECK (three!="xyz"), CHECK (two!="one")
  ) WITHOUT ROWID;

-- schema: altermalloc3#2 (sqlite test/altermalloc3.test 1.0)
CREATE TABLE x1(
      one, two, three, PRIMARY KEY(one), 
      CHECK (three!="xyz"), CHECK (two!="one")
  ) WITHOUT ROWID;
CREATE INDEX x1i ON x1(one+"two"+"four") WHERE "five";

-- schema: altermalloc3#3 (sqlite test/altermalloc3.test 2.0)
CREATE TABLE t2(k,v);
CREATE TRIGGER r2 AFTER INSERT ON t2 BEGIN
    UPDATE t2 SET (k,v)= (
       (WITH cte1(a) AS ( SELECT 1 FROM ( SELECT * FROM t2 ) )
       SELECT a FROM cte1
    ), 1);
  END;
CREATE TRIGGER r1 AFTER INSERT ON t2 BEGIN
    UPDATE t2 SET k=1 FROM t2 AS one, t2 AS two NATURAL JOIN t2 AS three 
    WHERE one.k=two.v;
  END;

-- schema: alterqf#1 (sqlite test/alterqf.test 2.1)
CREATE TABLE x1(
      one, two, three, PRIMARY KEY(one), 
      CHECK (three!="xyz"), CHECK (two!="one")
  ) WITHOUT ROWID;
ALTER TABLE x1 RENAME two TO 'four';

-- schema: altertab#1 (sqlite test/altertab.test 13.0)
CREATE TABLE t1(x, y);
CREATE TABLE t2(a, b);
CREATE TABLE log(c);
CREATE TRIGGER tr1 AFTER INSERT ON t1 BEGIN
    INSERT INTO log SELECT y FROM t1, t2;
  END;

-- schema: altertab#2 (sqlite test/altertab.test 15.0)
CREATE TABLE t1(a integer NOT NULL PRIMARY KEY);
CREATE VIEW v1 AS SELECT a FROM t1;
CREATE TRIGGER tr1 INSTEAD OF INSERT ON v1 BEGIN 
    UPDATE t1 SET a = NEW.a;
  END;
CREATE TRIGGER tr2 INSTEAD OF INSERT ON v1 BEGIN 
    SELECT new.a;
  END;
CREATE TABLE t2 (b);

-- schema: altertab#3 (sqlite test/altertab.test 15.2)
CREATE TABLE x(f1 integer NOT NULL);
CREATE VIEW y AS SELECT f1 AS f1 FROM x;
CREATE TRIGGER t INSTEAD OF UPDATE OF f1 ON y BEGIN 
    UPDATE x SET f1 = NEW.f1; 
  END;
CREATE TABLE z (f1 integer NOT NULL PRIMARY KEY);
ALTER TABLE z RENAME TO z2;

-- schema: altertab#4 (sqlite test/altertab.test 16.0)
CREATE VIRTUAL TABLE y1 USING fts3;

-- schema: altertab#5 (sqlite test/altertab.test 16.30)
CREATE VIRTUAL TABLE y1 USING fts3;
ALTER TABLE y1 RENAME TO z1;

-- schema: altertab#6 (sqlite test/altertab.test 18.1.0)
CREATE TABLE t0 (c0 INTEGER, PRIMARY KEY(c0)) WITHOUT ROWID;

-- schema: altertab#7 (sqlite test/altertab.test 19.100)
CREATE TABLE t1(x);
CREATE VIEW t2 AS SELECT 1 FROM t1, (t1 AS a0, t1);
ALTER TABLE t1 RENAME TO t3;

-- schema: altertab#8 (sqlite test/altertab.test 20.0)
CREATE TABLE a(a);
CREATE VIEW b AS SELECT(SELECT *FROM c JOIN a USING(d, a, a, a) JOIN a) IN();

-- schema: altertab#9 (sqlite test/altertab.test 21.0)
CREATE TABLE a(b);
CREATE VIEW c AS 
      SELECT NULL INTERSECT 
      SELECT NULL ORDER BY
      likelihood(NULL, (d, (SELECT c)));

-- schema: altertab#10 (sqlite test/altertab.test 22.0)
CREATE TABLE t1(a INT, b TEXT NOT NULL);

-- schema: altertab#11 (sqlite test/altertab.test 22.1)
CREATE TABLE t1(a INT, b TEXT NOT NULL);
ALTER TABLE t1 ADD COLUMN c INT DEFAULT 78;

-- schema: altertab#12 (sqlite test/altertab.test 23.1)
CREATE VIEW v1 AS SELECT * FROM idx WHERE x='abc';

-- schema: altertab#13 (sqlite test/altertab.test 24.1.0)
CREATE TABLE t1(a, b);
CREATE TRIGGER AFTER INSERT ON t1 BEGIN
    INSERT INTO nosuchtable VALUES(new.a) ON CONFLICT(a) DO NOTHING;
  END;

-- schema: altertab#14 (sqlite test/altertab.test 25.1)
CREATE TABLE xx(x);
CREATE VIEW v3(b) AS WITH b AS (SELECT b FROM (SELECT * FROM t2)) VALUES(1);

-- schema: altertab#15 (sqlite test/altertab.test 27.1)
create table t_sa (
 c_muyat INTEGER NOT NULL,
 c_d4u TEXT 
 );
create table t2 ( abc );
CREATE TRIGGER trig AFTER DELETE ON t_sa
   BEGIN
   DELETE FROM t_sa WHERE (
       SELECT 123 FROM t2
       WINDOW oamat7fzf AS ( PARTITION BY t_sa.c_d4u )
   );
   END;

-- schema: altertab#16 (sqlite test/altertab.test 29.1)
CREATE TABLE t1(a, b, c);
CREATE VIEW v0 AS
    WITH p AS ( SELECT 1 FROM t1 ),
         g AS ( SELECT 1 FROM p, t1 )
    SELECT 1 FROM g;

-- schema: altertab#17 (sqlite test/altertab.test 28.1)
CREATE TABLE t1(a);
CREATE TABLE t2(b,c);
CREATE TABLE t4(b,c);
CREATE VIEW v3 AS 
    WITH RECURSIVE t3(x,y,z) AS (
        SELECT b,c,NULL FROM t4
        UNION
        SELECT x,y,NULL FROM t3, t2
    )
  SELECT * FROM t3 AS xyz;

-- schema: altertab#18 (sqlite test/altertab.test 30.0)
CREATE TABLE t1(a,b,c,d,e,f);
CREATE TABLE t2(a,b,c);
CREATE INDEX t1abc ON t1(a,b,c+d+e);
CREATE VIEW v1(x,y) AS 
    SELECT t1.b,t2.b FROM t1,t2 WHERE t1.a=t2.a 
      GROUP BY 1 HAVING t2.c NOT NULL LIMIT 10;
CREATE TRIGGER r1 AFTER INSERT ON t1 WHEN 'no' NOT NULL BEGIN
    INSERT INTO t2(a,a,b,c) VALUES(new.b,new.a,new.c-7);
    WITH c1(x) AS (
      VALUES(0) 
        UNION ALL 
      SELECT current_time+x FROM c1 WHERE x 
        UNION ALL 
      SELECT 1+x FROM c1 WHERE x<1
    ), c2(x) AS (VALUES(0),(1))
    SELECT * FROM c1 AS x1, c2 AS x2, (
      SELECT x+1 FROM c1 WHERE x IS NOT TRUE 
        UNION ALL 
      SELECT 1+x FROM c1 WHERE 1<x
    ) AS x3, c2 x5;
  END;

-- schema: altertab#19 (sqlite test/altertab.test 31.0)
CREATE TABLE t1(q);
CREATE VIEW vvv AS WITH x AS (WITH y AS (SELECT * FROM x) SELECT 1) SELECT 1;

-- schema: altertab#20 (sqlite test/altertab.test 32.0)
CREATE TABLE t1(x);
CREATE TRIGGER r1 BEFORE INSERT ON t1 BEGIN 
    UPDATE t1 SET x=x FROM (SELECT*);
  END;

-- schema: altertab#21 (sqlite test/altertab.test 33.0)
CREATE TABLE t1(a TEXT);
CREATE TABLE t2(b TEXT);
CREATE TRIGGER r3 AFTER INSERT ON t1 BEGIN
   UPDATE t2 SET (b,a)=(SELECT 1) FROM t1 JOIN t2 ON (SELECT * FROM (SELECT a));
  END;

-- schema: altertab2#1 (sqlite test/altertab2.test 2.0)
CREATE TABLE p1(a PRIMARY KEY, b);
CREATE TABLE c1(x REFERENCES p1);
CREATE TABLE c2(x, FOREIGN KEY (x) REFERENCES p1);
CREATE TABLE c3(x, FOREIGN KEY (x) REFERENCES p1(a));

-- schema: altertab2#2 (sqlite test/altertab2.test 4.0)
CREATE TABLE t1(a,b,c,d,e,f);
CREATE TRIGGER r1 AFTER INSERT ON t1 WHEN new.a NOT NULL BEGIN
    UPDATE t1 SET (c,d)=(a,b);
  END;

-- schema: altertab2#3 (sqlite test/altertab2.test 5.0)
CREATE TABLE t2(a);
CREATE TRIGGER r2 AFTER INSERT ON t2 WHEN new.a NOT NULL BEGIN
    SELECT a, sum(a) OVER w1 FROM t2
      WINDOW w1 AS (
        PARTITION BY a ORDER BY a 
        ROWS BETWEEN 2 PRECEDING AND 3 FOLLOWING
      ),
      w2 AS (
        PARTITION BY a
        ORDER BY rowid ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING
      );
  END;

-- schema: altertab2#4 (sqlite test/altertab2.test 6.0)
CREATE TABLE t3(a,b,c,d);
CREATE TRIGGER r3 AFTER INSERT ON t3 WHEN new.a NOT NULL BEGIN
    SELECT a,b,c FROM t3 EXCEPT SELECT a,b,c FROM t3 ORDER BY a;
    SELECT rowid, * FROM t3;
  END;

-- schema: altertab2#5 (sqlite test/altertab2.test 8.0)
CREATE TABLE t1(a, b, c);
CREATE TABLE t2(a, b, c);
CREATE TABLE t3(d, e, f);
CREATE VIEW v1 AS SELECT * FROM t1;
CREATE TRIGGER tr AFTER INSERT ON t3 BEGIN
    UPDATE t2 SET a = new.d;
    SELECT a, b, c FROM v1;
  END;

-- schema: altertab2#6 (sqlite test/altertab2.test 8.4)
CREATE TABLE t4(a, b);
CREATE VIEW v4 AS SELECT * FROM t4 WHERE (a=1 AND 0) OR b=2;

-- schema: altertab2#7 (sqlite test/altertab2.test 8.6)
CREATE TABLE t0(c0);
CREATE INDEX i0 ON t0(likelihood(1,2) AND 0);

-- schema: altertab3#1 (sqlite test/altertab3.test 1.0)
CREATE TABLE t1(a, b);
CREATE TRIGGER tr1 AFTER INSERT ON t1 BEGIN
    SELECT sum(b) OVER w FROM t1 WINDOW w AS (ORDER BY a);
  END;

-- schema: altertab3#2 (sqlite test/altertab3.test 2.0)
CREATE TABLE t1(a,b,c);
CREATE TABLE t2(a,b,c);
CREATE TRIGGER r1 AFTER INSERT ON t1 WHEN new.a NOT NULL BEGIN
    SELECT a,b, a name FROM t1 
      INTERSECT 
    SELECT a,b,c FROM t1 WHERE b>='d' ORDER BY name;
    SELECT new.c;
  END;

-- schema: altertab3#3 (sqlite test/altertab3.test 3.0)
CREATE TABLE t1(a, b, c, d);
CREATE VIEW v1 AS SELECT * FROM t1 WHERE a=1 OR (b IN ());

-- schema: altertab3#4 (sqlite test/altertab3.test 7.1.0)
CREATE TABLE t1(a,b,c);
CREATE TRIGGER AFTER INSERT ON t1 BEGIN
    SELECT a, rank() OVER w1 FROM t1
    WINDOW w1 AS (PARTITION BY b, percent_rank() OVER w1);
  END;

-- schema: altertab3#5 (sqlite test/altertab3.test 8.0)
CREATE TABLE t0(c0);
CREATE INDEX i0 ON t0('1' IN ());

-- schema: altertab3#6 (sqlite test/altertab3.test 8.2.1)
CREATE TABLE t2 (c0);
CREATE INDEX i2 ON t2((LIKELIHOOD(c0, 1.0) IN ()));
ALTER TABLE t2 RENAME COLUMN c0 TO c1;

-- schema: altertab3#7 (sqlite test/altertab3.test 9.1)
CREATE TABLE t1(a,b,c);
CREATE TRIGGER AFTER INSERT ON t1 WHEN new.a NOT NULL BEGIN
    SELECT true WHERE (SELECT a, b FROM (t1)) IN ();
  END;

-- schema: altertab3#8 (sqlite test/altertab3.test 10.1)
CREATE TABLE t1(a, b, c);
CREATE TABLE t2(a, b, c);
CREATE VIEW v1 AS SELECT * FROM t1 WHERE (
    SELECT t1.a FROM t1, t2
  ) IN () OR t1.a=5;

-- schema: altertab3#9 (sqlite test/altertab3.test 11.1)
CREATE TABLE t1(
      a,b,c,d,e,f,g,h,j,jj,jjb,k,aa,bb,cc,dd,ee DEFAULT 3.14,
      ff DEFAULT('hiccup'),Wg NOD NULL DEFAULT(false)
  );
CREATE TRIGGER b AFTER INSERT ON t1 WHEN new.a BEGIN
    SELECT a, sum() w3 FROM t1 
    WINDOW b AS (ORDER BY NOT EXISTS(SELECT 1 FROM abc));
  END;

-- schema: altertab3#10 (sqlite test/altertab3.test 12.1)
CREATE TABLE t1(a,b,c,d,e,f,g,h,j,jj,Zjj,k,aQ,bb,cc,dd,ee DEFAULT 3.14,
ff DEFAULT('hiccup'),gg NOD NULL DEFAULT(false));
CREATE TRIGGER AFTER INSERT ON t1 WHEN new.a NOT NULL BEGIN

SELECT b () OVER , dense_rank() OVER d, d () OVER w1
FROM t1
WINDOW
w1 AS
( w1 ORDER BY d
ROWS BETWEEN 2 NOT IN(SELECT a, sum(d) w2,max(d)OVER FROM t1
WINDOW
w1 AS
(PARTITION BY d
ROWS BETWEEN '' PRECEDING AND false FOLLOWING),
d AS
(PARTITION BY b ORDER BY d
ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
) PRECEDING AND 1 FOLLOWING),
w2 AS
(PARTITION BY b ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
w3 AS
(PARTITION BY b ORDER BY d
ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING)
;
SELECT a, sum(d) w2,max(d)OVER FROM t1
WINDOW
w1 AS
(PARTITION BY d
ROWS BETWEEN '' PRECEDING AND false FOLLOWING),
d AS
(PARTITION BY b ORDER BY d
ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
;

END;

-- schema: altertab3#11 (sqlite test/altertab3.test 13.1)
CREATE TABLE t1(a);
CREATE TRIGGER r1 INSERT ON t1 BEGIN
    SELECT a(*) OVER (ORDER BY (SELECT 1)) FROM t1;
  END;

-- schema: altertab3#12 (sqlite test/altertab3.test 14.1)
CREATE TABLE t1(a);
CREATE TABLE t2(b);
CREATE TRIGGER AFTER INSERT ON t1 BEGIN
    SELECT sum() FILTER (WHERE (SELECT sum() FILTER (WHERE 0)) AND a);
  END;

-- schema: altertab3#13 (sqlite test/altertab3.test 16.1)
CREATE TABLE t1(x);
CREATE TRIGGER AFTER INSERT ON t1 BEGIN
    SELECT (WITH t2 AS (WITH t3 AS (SELECT true)
          SELECT * FROM t3 ORDER BY true COLLATE nocase)
        SELECT 11);

    WITH t4 AS (SELECT * FROM t1) SELECT 33;
  END;

-- schema: altertab3#14 (sqlite test/altertab3.test 17.1)
CREATE TABLE t1(a,b,c);
CREATE TRIGGER AFTER INSERT ON t1 WHEN new.a NOT NULL BEGIN
    SELECT a () FILTER (WHERE a>0) FROM t1;
  END;

-- schema: altertab3#15 (sqlite test/altertab3.test 18.1)
CREATE TABLE t1(a,b);
CREATE TRIGGER r1 AFTER INSERT ON t1 BEGIN
    SELECT a, b FROM t1
    INTERSECT SELECT b,a FROM t1
    ORDER BY b IN (
        SELECT a UNION SELECT b
        FROM t1
        ORDER BY b COLLATE nocase
        )
    ;
  END;

-- schema: altertab3#16 (sqlite test/altertab3.test 19.0)
CREATE TABLE a(a,h CONSTRAINT a UNIQUE ON CONFLICT FAIL,CONSTRAINT a);

-- schema: altertab3#17 (sqlite test/altertab3.test 20.10)
CREATE TABLE s(a, b, c);
CREATE INDEX k ON s( (WITH s AS( SELECT * ) VALUES(2) ) IN () );

-- schema: altertab3#18 (sqlite test/altertab3.test 21.1)
CREATE TABLE s(col);
CREATE VIEW v AS SELECT ( 
    WITH x(a) AS(SELECT * FROM s) VALUES(RIGHT) 
  ) IN() ;
CREATE TABLE a(a);
ALTER TABLE a RENAME a TO b;

-- schema: altertab3#19 (sqlite test/altertab3.test 23.1)
CREATE TABLE t1(x);
CREATE TRIGGER r1 AFTER INSERT ON t1 BEGIN
    UPDATE t1 SET (c,d)=((SELECT 1 FROM t1 JOIN t2 ON b=x),1);
  END;

-- schema: altertab3#20 (sqlite test/altertab3.test 24.1)
CREATE TABLE v0 (v1);
CREATE TABLE v2 (v3 INTEGER UNIQUE ON CONFLICT ABORT);
CREATE TRIGGER x AFTER INSERT ON v2 WHEN ( 
      ( SELECT v1 AS PROMO_REVENUE FROM v2 JOIN v0 USING ( VALUE ) ) AND 0 ) 
  BEGIN 
    DELETE FROM v2; 
  END;

-- schema: altertab3#21 (sqlite test/altertab3.test 24.3)
CREATE TABLE v2 (v3 INTEGER UNIQUE ON CONFLICT ABORT);
CREATE TRIGGER x AFTER INSERT ON v2 WHEN (
    0 AND (SELECT rowid FROM v0)
  ) BEGIN
    DELETE FROM v2;
  END;

-- schema: altertab3#22 (sqlite test/altertab3.test 27.1)
CREATE TABLE t1(a, b AS ((WITH w1 (xyz) AS  ( SELECT t1.b FROM t1 )  SELECT 123) IN ()), c);

-- schema: altertab3#23 (sqlite test/altertab3.test 29.1)
CREATE TABLE t1(x, y);
CREATE TRIGGER Trigger1 DELETE ON t1 
  BEGIN 
    SELECT t1.*, t1.x FROM t1 ORDER BY t1.x;
  END;

-- schema: altertab3#24 (sqlite test/altertab3.test 29.4)
CREATE TABLE t2(a, b, c);
CREATE TRIGGER tr2 AFTER DELETE ON t2 BEGIN
    SELECT z, y FROM (
      SELECT t2.* FROM t2
    );
  END;

-- schema: altertab3#25 (sqlite test/altertab3.test 30.0)
CREATE TABLE t1(a, b);
CREATE VIEW v1 AS 
      SELECT ( VALUES(a), (b) ) FROM (
        SELECT a, b FROM t1
      )
  ;

-- schema: altertab3#26 (sqlite test/altertab3.test 32.1.0)
CREATE TABLE t1(
      a INT,
      b INT,
      -- comment with comma
      c INT
  );

-- schema: altertab3#27 (sqlite test/altertab3.test 32.2.0)
CREATE TABLE t1(
      a INT,
      b INT,
      -- comment with, comma
      c INT
  );

-- schema: altertrig#1 (sqlite test/altertrig.test 1.0)
CREATE TABLE t1(x);
CREATE TABLE t2(y);
CREATE TABLE t3(z);
CREATE TABLE t4(a);
CREATE TRIGGER r1 INSERT ON t1 BEGIN 
    UPDATE t1 SET d='xyz' FROM t2, t3;
  END;

-- schema: analyze#1 (sqlite test/analyze.test analyze-3.8)
CREATE TABLE t1(a,b);
CREATE TABLE t3 AS SELECT a, b, rowid AS c, 'hi' AS d FROM t1;
CREATE INDEX t3i1 ON t3(a);
CREATE INDEX t3i2 ON t3(a,b,c,d);
CREATE INDEX t3i3 ON t3(d,b,c,a);

-- schema: analyze#2 (sqlite test/analyze.test analyze-3.10)
CREATE TABLE [silly " name](a, b, c);
CREATE INDEX 'foolish '' name' ON [silly " name](a, b);
CREATE INDEX 'another foolish '' name' ON [silly " name](c);

-- schema: analyze3#1 (sqlite test/analyze3.test 8.0)
CREATE TABLE t1(a PRIMARY KEY, v) WITHOUT ROWID;

-- schema: analyze3#2 (sqlite test/analyze3.test 8.1)
CREATE TABLE t1(a INT PRIMARY KEY, b INT) WITHOUT ROWID;

-- schema: analyze9#1 (sqlite test/analyze9.test 23.0)
CREATE TABLE t4(
    a COLLATE nocase, b, c, 
    d, e, f, 
    PRIMARY KEY(c, b, a)
  ) WITHOUT ROWID;
CREATE INDEX i41 ON t4(e);
CREATE INDEX i42 ON t4(f);

-- schema: analyzeE#1 (sqlite test/analyzeE.test analyzeE-4.0)
CREATE TABLE t1(a,b,c);
CREATE INDEX t1ca ON t1(c ASC,a DESC);

-- schema: analyzeE#2 (sqlite test/analyzeE.test analyzeE-6.0)
CREATE TABLE t1(x);
CREATE INDEX i1 ON t1(x,x,x,x,x||2);
CREATE INDEX i2 ON t1(1<2);

-- schema: attach#1 (sqlite test/attach.test attach-2.1)
CREATE TABLE t2(x,y);
CREATE TABLE tx(x1,x2,y1,y2);
CREATE TRIGGER r1 AFTER UPDATE ON t2 FOR EACH ROW BEGIN
      INSERT INTO tx(x1,x2,y1,y2) VALUES(OLD.x,NEW.x,OLD.y,NEW.y);
    END;

-- schema: attach#2 (sqlite test/attach.test attach-4.6)
CREATE TABLE t3(a,b);
CREATE TABLE t4(x);
CREATE TRIGGER t3r3 AFTER INSERT ON t3 BEGIN
        INSERT INTO t4 VALUES('db2.' || NEW.x);
      END;

-- schema: attach#3 (sqlite test/attach.test attach-4.10)
CREATE VIEW v3 AS SELECT x*100+y FROM t3;

-- schema: attach#4 (sqlite test/attach.test attach-5.2)
CREATE TABLE t5(x,y);
CREATE TRIGGER r5 AFTER INSERT ON t5 BEGIN
      SELECT 'no-op';
    END;

-- schema: attach#5 (sqlite test/attach.test attach-5.10)
CREATE TABLE t1(x);
CREATE TABLE t2(a,b);
CREATE TRIGGER x1 AFTER INSERT ON t1 BEGIN
        INSERT INTO t2(a,b) SELECT key, value FROM json_each(NEW.x);
      END;

-- schema: auth#1 (sqlite test/auth.test auth-1.125)
CREATE TABLE t2(a,b,c);
CREATE TRIGGER r2 DELETE on t2 BEGIN
        SELECT NULL;
    END;

-- schema: auth#2 (sqlite test/auth.test auth-1.135)
CREATE TABLE t2(a,b,c);
CREATE TABLE tx(id);
CREATE TRIGGER r2 AFTER INSERT ON t2 BEGIN
       INSERT INTO tx VALUES(NEW.rowid);
    END;

-- schema: auth#3 (sqlite test/auth.test auth-4.2)
CREATE VIEW v1 AS SELECT a+b AS x FROM t2;
CREATE TABLE v1chng(x1,x2);
CREATE TRIGGER r2 INSTEAD OF UPDATE ON v1 BEGIN
      INSERT INTO v1chng VALUES(OLD.x,NEW.x);
    END;

-- schema: autoinc#1 (sqlite test/autoinc.test autoinc-7.1)
CREATE TABLE t7(x INTEGER, y REAL, PRIMARY KEY(x AUTOINCREMENT));

-- schema: autoinc#2 (sqlite test/autoinc.test autoinc-3928.3)
CREATE TABLE t3928(a INTEGER PRIMARY KEY AUTOINCREMENT, b);
CREATE TRIGGER t3928r3 BEFORE UPDATE ON t3928 
        WHEN typeof(new.b)=='integer' BEGIN
           INSERT INTO t3928(b) VALUES('before-int-' || new.b);
      END;
CREATE TRIGGER t3928r4 AFTER UPDATE ON t3928 
        WHEN typeof(new.b)=='integer' BEGIN
           INSERT INTO t3928(b) VALUES('after-int-' || new.b);
      END;

-- schema: autoinc#3 (sqlite test/autoinc.test autoinc-a69637.1)
CREATE TABLE ta69637_1(x INTEGER PRIMARY KEY AUTOINCREMENT, y);
CREATE TABLE ta69637_2(z);
CREATE TRIGGER ra69637_1 AFTER INSERT ON ta69637_2 BEGIN
        INSERT INTO ta69637_1(y) VALUES(new.z+1);
      END;

-- schema: autoinc#4 (sqlite test/autoinc.test autoinc-12.1)
CREATE TABLE fake_sequence(name TEXT PRIMARY KEY,seq) WITHOUT ROWID;

-- schema: autoindex1#1 (sqlite test/autoindex1.test autoindex1-600)
CREATE TABLE flock_owner(
    owner_rec_id INTEGER CONSTRAINT flock_owner_key PRIMARY KEY,
    flock_no VARCHAR(6) NOT NULL REFERENCES flock (flock_no),
    owner_person_id INTEGER NOT NULL REFERENCES person (person_id),
    owner_change_date TEXT, last_changed TEXT NOT NULL,
    CONSTRAINT fo_owner_date UNIQUE (flock_no, owner_change_date)
  );
CREATE TABLE sheep (
    Sheep_No char(7) NOT NULL,
    Date_of_Birth char(8),
    Sort_DoB text,
    Flock_Book_Vol char(2),
    Breeder_No char(6),
    Breeder_Person integer,
    Originating_Flock char(6),
    Registering_Flock char(6),
    Tag_Prefix char(9),
    Tag_No char(15),
    Sort_Tag_No integer,
    Breeders_Temp_Tag char(15),
    Sex char(1),
    Sheep_Name char(32),
    Sire_No char(7),
    Dam_No char(7),
    Register_Code char(1),
    Colour char(48),
    Colour_Code char(2),
    Pattern_Code char(8),
    Horns char(1),
    Litter_Size char(1),
    Coeff_of_Inbreeding real,
    Date_of_Registration text,
    Date_Last_Changed text,
    UNIQUE(Sheep_No));
CREATE INDEX fo_flock_no_index  
              ON flock_owner (flock_no);
CREATE INDEX fo_owner_change_date_index  
              ON flock_owner (owner_change_date);
CREATE INDEX fo_owner_person_id_index  
              ON flock_owner (owner_person_id);
CREATE INDEX sheep_org_flock_index  
           ON sheep (originating_flock);
CREATE INDEX sheep_reg_flock_index  
           ON sheep (registering_flock);

-- schema: autoindex1#2 (sqlite test/autoindex1.test autoindex1-800)
CREATE TABLE accounts(
    _id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_name TEXT,
    account_type TEXT,
    data_set TEXT
  );
CREATE TABLE data(
    _id INTEGER PRIMARY KEY AUTOINCREMENT,
    package_id INTEGER REFERENCES package(_id),
    mimetype_id INTEGER REFERENCES mimetype(_id) NOT NULL,
    raw_contact_id INTEGER REFERENCES raw_contacts(_id) NOT NULL,
    is_read_only INTEGER NOT NULL DEFAULT 0,
    is_primary INTEGER NOT NULL DEFAULT 0,
    is_super_primary INTEGER NOT NULL DEFAULT 0,
    data_version INTEGER NOT NULL DEFAULT 0,
    data1 TEXT,
    data2 TEXT,
    data3 TEXT,
    data4 TEXT,
    data5 TEXT,
    data6 TEXT,
    data7 TEXT,
    data8 TEXT,
    data9 TEXT,
    data10 TEXT,
    data11 TEXT,
    data12 TEXT,
    data13 TEXT,
    data14 TEXT,
    data15 TEXT,
    data_sync1 TEXT,
    data_sync2 TEXT,
    data_sync3 TEXT,
    data_sync4 TEXT 
  );
CREATE TABLE mimetypes(
    _id INTEGER PRIMARY KEY AUTOINCREMENT,
    mimetype TEXT NOT NULL
  );
CREATE TABLE raw_contacts(
    _id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER REFERENCES accounts(_id),
    sourceid TEXT,
    raw_contact_is_read_only INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    dirty INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    contact_id INTEGER REFERENCES contacts(_id),
    aggregation_mode INTEGER NOT NULL DEFAULT 0,
    aggregation_needed INTEGER NOT NULL DEFAULT 1,
    custom_ringtone TEXT,
    send_to_voicemail INTEGER NOT NULL DEFAULT 0,
    times_contacted INTEGER NOT NULL DEFAULT 0,
    last_time_contacted INTEGER,
    starred INTEGER NOT NULL DEFAULT 0,
    display_name TEXT,
    display_name_alt TEXT,
    display_name_source INTEGER NOT NULL DEFAULT 0,
    phonetic_name TEXT,
    phonetic_name_style TEXT,
    sort_key TEXT,
    sort_key_alt TEXT,
    name_verified INTEGER NOT NULL DEFAULT 0,
    sync1 TEXT,
    sync2 TEXT,
    sync3 TEXT,
    sync4 TEXT,
    sync_uid TEXT,
    sync_version INTEGER NOT NULL DEFAULT 1,
    has_calendar_event INTEGER NOT NULL DEFAULT 0,
    modified_time INTEGER,
    is_restricted INTEGER DEFAULT 0,
    yp_source TEXT,
    method_selected INTEGER DEFAULT 0,
    custom_vibration_type INTEGER DEFAULT 0,
    custom_ringtone_path TEXT,
    message_notification TEXT,
    message_notification_path TEXT
  );
CREATE INDEX data_mimetype_data1_index ON data (mimetype_id,data1);
CREATE INDEX data_raw_contact_id ON data (raw_contact_id);
CREATE UNIQUE INDEX mime_type ON mimetypes (mimetype);
CREATE INDEX raw_contact_sort_key1_index ON raw_contacts (sort_key);
CREATE INDEX raw_contact_sort_key2_index ON raw_contacts (sort_key_alt);
CREATE INDEX raw_contacts_contact_id_index ON raw_contacts (contact_id);
CREATE INDEX raw_contacts_source_id_account_id_index
      ON raw_contacts (sourceid, account_id);

-- schema: autoindex1#3 (sqlite test/autoindex1.test autoindex1-900)
CREATE TABLE messages (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, message_id, document_id BLOB, in_reply_to, remote_id INTEGER, sender INTEGER, subject_prefix, subject INTEGER, date_sent INTEGER, date_received INTEGER, date_created INTEGER, date_last_viewed INTEGER, mailbox INTEGER, remote_mailbox INTEGER, original_mailbox INTEGER, flags INTEGER, read, flagged, size INTEGER, color, encoding, type INTEGER, pad, conversation_id INTEGER DEFAULT -1, snippet TEXT DEFAULT NULL, fuzzy_ancestor INTEGER DEFAULT NULL, automated_conversation INTEGER DEFAULT 0, root_status INTEGER DEFAULT -1, conversation_position INTEGER DEFAULT -1);
CREATE INDEX date_index ON messages(date_received);
CREATE INDEX date_last_viewed_index ON messages(date_last_viewed);
CREATE INDEX date_created_index ON messages(date_created);
CREATE INDEX message_message_id_mailbox_index ON messages(message_id, mailbox);
CREATE INDEX message_document_id_index ON messages(document_id);
CREATE INDEX message_read_index ON messages(read);
CREATE INDEX message_flagged_index ON messages(flagged);
CREATE INDEX message_mailbox_index ON messages(mailbox, date_received);
CREATE INDEX message_remote_mailbox_index ON messages(remote_mailbox, remote_id);
CREATE INDEX message_type_index ON messages(type);
CREATE INDEX message_conversation_id_conversation_position_index ON messages(conversation_id, conversation_position);
CREATE INDEX message_fuzzy_ancestor_index ON messages(fuzzy_ancestor);
CREATE INDEX message_subject_fuzzy_ancestor_index ON messages(subject, fuzzy_ancestor);
CREATE INDEX message_sender_subject_automated_conversation_index ON messages(sender, subject, automated_conversation);
CREATE INDEX message_sender_index ON messages(sender);
CREATE INDEX message_root_status ON messages(root_status);
CREATE TABLE subjects (ROWID INTEGER PRIMARY KEY, subject COLLATE RTRIM, normalized_subject COLLATE RTRIM);
CREATE INDEX subject_subject_index ON subjects(subject);
CREATE INDEX subject_normalized_subject_index ON subjects(normalized_subject);
CREATE TABLE addresses (ROWID INTEGER PRIMARY KEY, address COLLATE NOCASE, comment, UNIQUE(address, comment));
CREATE INDEX addresses_address_index ON addresses(address);
CREATE TABLE mailboxes (ROWID INTEGER PRIMARY KEY, url UNIQUE, total_count INTEGER DEFAULT 0, unread_count INTEGER DEFAULT 0, unseen_count INTEGER DEFAULT 0, deleted_count INTEGER DEFAULT 0, unread_count_adjusted_for_duplicates INTEGER DEFAULT 0, change_identifier, source INTEGER, alleged_change_identifier);
CREATE INDEX mailboxes_source_index ON mailboxes(source);
CREATE TABLE labels (ROWID INTEGER PRIMARY KEY, message_id INTEGER NOT NULL, mailbox_id INTEGER NOT NULL, UNIQUE(message_id, mailbox_id));
CREATE INDEX labels_message_id_mailbox_id_index ON labels(message_id, mailbox_id);
CREATE INDEX labels_mailbox_id_index ON labels(mailbox_id);

-- schema: autoindex1#4 (sqlite test/autoindex1.test autoindex1-901)
CREATE TABLE t1(x INTEGER PRIMARY KEY, y, z);
CREATE TABLE t2(a, b);
CREATE VIEW agg2 AS SELECT a, sum(b) AS m FROM t2 GROUP BY a;

-- schema: autoindex1#5 (sqlite test/autoindex1.test autoindex-1200)
CREATE TABLE t1(a INT, b INT, x INT, PRIMARY KEY(a,b)) WITHOUT ROWID;
CREATE TABLE t2a(c INTEGER PRIMARY KEY, i1 INT);
CREATE TABLE t2b(i1 INTEGER PRIMARY KEY, d INT);
CREATE VIEW t2(c,d) AS SELECT c, d FROM t2a NATURAL JOIN t2b;
CREATE TABLE dual(dummy TEXT);

-- schema: autoindex2#1 (sqlite test/autoindex2.test autoindex2-100)
CREATE TABLE t1(
    t1_id largeint,
    did char(9),
    ptime largeint,
    exbyte char(4),
    pe_id int,
    field_id int,
    mass float,
    param10 float,
    param11 float,
    exmass float,
    deviation float,
    trange float,
    vstatus int,
    commit_status int,
    formula char(329),
    tier int DEFAULT 2,
    ssid int DEFAULT 0,
    last_operation largeint DEFAULT 0,
    admin_uuid int DEFAULT 0,
    previous_value float,
    job_id largeint,
    last_t1 largeint DEFAULT 0,
    data_t1 int,
    previous_date largeint DEFAULT 0,
    flg8 int DEFAULT 1,
    failed_fields char(100)
  );
CREATE INDEX t1x0 on t1 (t1_id);
CREATE INDEX t1x1 on t1 (ptime, vstatus);
CREATE INDEX t1x2 on t1 (did, ssid, ptime, vstatus, exbyte, t1_id);
CREATE INDEX t1x3 on t1 (job_id);
CREATE TABLE t2(
    did char(9),
    client_did char(30),
    description char(49),
    uid int,
    tzid int,
    privilege int,
    param2 int,
    type char(30),
    subtype char(32),
    dparam1 char(7) DEFAULT '',
    param5 char(3) DEFAULT '',
    notional float DEFAULT 0.000000,
    create_time largeint,
    sample_time largeint DEFAULT 0,
    param6 largeint,
    frequency int,
    expiration largeint,
    uw_status int,
    next_sample largeint,
    last_sample largeint,
    reserve1 char(29) DEFAULT '',
    reserve2 char(29) DEFAULT '',
    reserve3 char(29) DEFAULT '',
    bxcdr char(19) DEFAULT 'XY',
    ssid int DEFAULT 1,
    last_t1_id largeint,
    reserve4 char(29) DEFAULT '',
    reserve5 char(29) DEFAULT '',
    param12 int DEFAULT 0,
    long_did char(100) DEFAULT '',
    gr_code int DEFAULT 0,
    drx char(100) DEFAULT '',
    parent_id char(9) DEFAULT '',
    param13 int DEFAULT 0,
    position float DEFAULT 1.000000,
    client_did3 char(100) DEFAULT '',
    client_did4 char(100) DEFAULT '',
    dlib_id char(9) DEFAULT ''
  );
CREATE INDEX t2x0 on t2 (did);
CREATE INDEX t2x1 on t2 (client_did);
CREATE INDEX t2x2 on t2 (long_did);
CREATE INDEX t2x3 on t2 (uid);
CREATE INDEX t2x4 on t2 (param2);
CREATE INDEX t2x5 on t2 (type);
CREATE INDEX t2x6 on t2 (subtype);
CREATE INDEX t2x7 on t2 (last_sample);
CREATE INDEX t2x8 on t2 (param6);
CREATE INDEX t2x9 on t2 (frequency);
CREATE INDEX t2x10 on t2 (privilege);
CREATE INDEX t2x11 on t2 (sample_time);
CREATE INDEX t2x12 on t2 (notional);
CREATE INDEX t2x13 on t2 (tzid);
CREATE INDEX t2x14 on t2 (gr_code);
CREATE INDEX t2x15 on t2 (parent_id);
CREATE TABLE t3(
    uid int,
    param3 int,
    uuid int,
    acc_id int,
    cust_num int,
    numerix_id int,
    pfy char(29),
    param4 char(29),
    param15 int DEFAULT 0,
    flg7 int DEFAULT 0,
    param21 int DEFAULT 0,
    bxcdr char(2) DEFAULT 'PC',
    c31 int DEFAULT 0,
    c33 int DEFAULT 0,
    c35 int DEFAULT 0,
    c37 int,
    mgr_uuid int,
    back_up_uuid int,
    priv_mars int DEFAULT 0,
    is_qc int DEFAULT 0,
    c41 int DEFAULT 0,
    deleted int DEFAULT 0,
    c47 int DEFAULT 1
  );
CREATE INDEX t3x0 on t3 (uid);
CREATE INDEX t3x1 on t3 (param3);
CREATE INDEX t3x2 on t3 (uuid);
CREATE INDEX t3x3 on t3 (acc_id);
CREATE INDEX t3x4 on t3 (param4);
CREATE INDEX t3x5 on t3 (pfy);
CREATE INDEX t3x6 on t3 (is_qc);

-- schema: autoindex5#1 (sqlite test/autoindex5.test autoindex5-1.0)
CREATE TABLE source_package_status
          (bug_name TEXT NOT NULL,
           package INTEGER NOT NULL,
           vulnerable INTEGER NOT NULL,
           urgency TEXT NOT NULL,
           PRIMARY KEY (bug_name, package));
CREATE INDEX source_package_status_package
              ON source_package_status(package);
CREATE TABLE source_packages
              (name TEXT NOT NULL,
              release TEXT NOT NULL,
              subrelease TEXT NOT NULL,
              archive TEXT NOT NULL,
              version TEXT NOT NULL,
              version_id INTEGER NOT NULL DEFAULT 0,
              PRIMARY KEY (name, release, subrelease, archive));
CREATE TABLE bugs
          (name TEXT NOT NULL PRIMARY KEY,
           cve_status TEXT NOT NULL
               CHECK (cve_status IN
                      ('', 'CANDIDATE', 'ASSIGNED', 'RESERVED', 'REJECTED')),
           not_for_us INTEGER NOT NULL CHECK (not_for_us IN (0, 1)),
           description TEXT NOT NULL,
           release_date TEXT NOT NULL,
           source_file TEXT NOT NULL,
           source_line INTEGER NOT NULL);
CREATE TABLE package_notes
          (id INTEGER NOT NULL PRIMARY KEY,
           bug_name TEXT NOT NULL,
           package TEXT NOT NULL,
           fixed_version TEXT
               CHECK (fixed_version IS NULL OR fixed_version <> ''),
           fixed_version_id INTEGER NOT NULL DEFAULT 0,
           release TEXT NOT NULL,
           package_kind TEXT NOT NULL DEFAULT 'unknown',
           urgency TEXT NOT NULL,
           bug_origin TEXT NOT NULL DEFAULT '');
CREATE INDEX package_notes_package
              ON package_notes(package);
CREATE UNIQUE INDEX package_notes_bug
              ON package_notes(bug_name, package, release);
CREATE TABLE debian_bugs
          (bug INTEGER NOT NULL,
           note INTEGER NOT NULL,
           PRIMARY KEY (bug, note));
CREATE VIEW debian_cve AS
              SELECT DISTINCT debian_bugs.bug, st.bug_name
              FROM package_notes, debian_bugs, source_package_status AS st
              WHERE package_notes.bug_name = st.bug_name
              AND debian_bugs.note = package_notes.id
              ORDER BY debian_bugs.bug;

-- schema: avtrans#1 (sqlite test/avtrans.test avtrans-6.30)
CREATE TABLE t1(a int unique,b,c);
