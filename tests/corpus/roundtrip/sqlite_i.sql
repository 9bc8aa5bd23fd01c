-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: in#1 (sqlite test/in.test in-19.40)
CREATE TABLE t0(c0 TEXT, c1 REAL, c2, PRIMARY KEY(c2, c0, c1));
CREATE INDEX i0 ON t0(c1 IN (c0));

-- schema: in#2 (sqlite test/in.test in-23.0)
CREATE TABLE t4(a TEXT, b INT);
CREATE INDEX t4x ON t4(a, +a COLLATE NOCASE);

-- schema: in#3 (sqlite test/in.test in-23.1)
CREATE VIEW t5 AS
    SELECT 1 AS b
     WHERE (SELECT count(0=NOT+a COLLATE NOCASE IN (SELECT 0))
              FROM t4
             GROUP BY a);

-- schema: in5#1 (sqlite test/in5.test 9.0)
CREATE TABLE t0(c0);
CREATE VIEW v0(c0) AS SELECT LOWER(CAST('1e500' AS TEXT)) FROM t0;

-- schema: in7#1 (sqlite test/in7.test 3.0)
CREATE TABLE x1(a);
CREATE TABLE x2(b);
CREATE TABLE t1(u);
CREATE VIEW v1 AS SELECT u FROM t1 WHERE u IN (
    SELECT a FROM x1
  );
CREATE VIEW v2 AS SELECT u FROM t1 WHERE u IN (
    SELECT b FROM x2
  );

-- schema: in7#2 (sqlite test/in7.test 4.0)
CREATE TABLE t1(a INTEGER PRIMARY KEY, b);
CREATE TABLE t2(c);
CREATE TABLE t3(d);
CREATE TRIGGER t1tr UPDATE ON t1 BEGIN
    UPDATE t1 SET b=x'2222' FROM t2;
    UPDATE t1
       SET b = (SELECT a IN (SELECT a
                               FROM t1
                              WHERE (b,a) IN (SELECT rowid, d
                                                FROM t3
                                             )
                            )
                  FROM t1 NATURAL RIGHT JOIN t1
               );
  END;

-- schema: index#1 (sqlite test/index.test index-6.1.1)
CREATE TABLE test2(g1 real, g2 real);
CREATE INDEX [index1] ON test2(g1);

-- schema: index#2 (sqlite test/index.test index-6.1c)
CREATE TABLE test1(f1 int, f2 int);
CREATE INDEX IF NOT EXISTS index1 ON test1(f1);

-- schema: index#3 (sqlite test/index.test index-11.1)
CREATE TABLE t3(
      a text,
      b int,
      c float,
      PRIMARY KEY(b)
    );

-- schema: index#4 (sqlite test/index.test index-13.1)
CREATE TABLE t5(
      a int UNIQUE,
      b float PRIMARY KEY,
      c varchar(10),
      UNIQUE(a,c)
   );

-- schema: index#5 (sqlite test/index.test index-16.1)
CREATE TABLE t7(c UNIQUE PRIMARY KEY);

-- schema: index#6 (sqlite test/index.test index-20.1)
CREATE TABLE t6(a,b,c);
CREATE INDEX "t6i2" ON t6(c);

-- schema: index#7 (sqlite test/index.test index-22.0)
CREATE TABLE t1(a, b TEXT);
CREATE UNIQUE INDEX IF NOT EXISTS x1 ON t1(b==0);
CREATE INDEX IF NOT EXISTS x2 ON t1(a || 0) WHERE b;

-- schema: index#8 (sqlite test/index.test index-23.0)
CREATE TABLE t1(a TEXT, b REAL);
CREATE UNIQUE INDEX t1x1 ON t1(a GLOB b);

-- schema: index3#1 (sqlite test/index3.test index3-2.1)
CREATE TABLE t1(a, b, c, d, e, 
                  PRIMARY KEY('a'), UNIQUE('b' COLLATE nocase DESC));
CREATE INDEX t1c ON t1('c');
CREATE INDEX t1d ON t1('d' COLLATE binary ASC);

-- schema: index3#2 (sqlite test/index3.test index3-2.4)
CREATE TABLE t2a(a integer, b, PRIMARY KEY(a));
CREATE TABLE t2b("a" integer, b, PRIMARY KEY("a"));
CREATE TABLE t2c([a] integer, b, PRIMARY KEY([a]));
CREATE TABLE t2d('a' integer, b, PRIMARY KEY('a'));

-- schema: index6#1 (sqlite test/index6.test index6-1.6)
CREATE TABLE t1(a,b,c);
CREATE INDEX bad1 ON t1(a,b) WHERE a NOT LIKE 'abc%';

-- schema: index6#2 (sqlite test/index6.test index6-2.102)
CREATE TABLE t2(a,b);
CREATE INDEX t2a2 ON t2(a) WHERE a<100 OR a>200;

-- schema: index6#3 (sqlite test/index6.test index6-5.0)
CREATE TABLE t3(a,b);
CREATE INDEX t3b ON t3(b) WHERE xyzzy.t3.b BETWEEN 5 AND 10;

-- schema: index6#4 (sqlite test/index6.test index6-17.1)
CREATE TABLE t0(c0);
CREATE INDEX i0 ON t0(0) WHERE c0 GLOB c0;
CREATE UNIQUE INDEX i1 ON t0(0);

-- schema: index6#5 (sqlite test/index6.test index6-18.1)
CREATE TABLE t1(a INT, b INT);
CREATE UNIQUE INDEX t1b ON t1(b) WHERE a>NULL;

-- schema: index7#1 (sqlite test/index7.test index7-7.1)
CREATE TABLE t6(x, y);
CREATE INDEX i6 ON t6(x) WHERE y IS NOT TRUE;

-- schema: index9#1 (sqlite test/index9.test 2.0)
CREATE TABLE t1(x, y);
CREATE INDEX t1x2 ON t1(x) WHERE y=-20111000111
;

-- schema: indexA#1 (sqlite test/indexA.test 5.0)
CREATE TABLE t1(a INTEGER PRIMQRY KEY, b, c);

-- schema: indexA#2 (sqlite test/indexA.test 8.0)
CREATE TABLE t1(a, b, c);
CREATE INDEX ex2 ON t1(a, 4);
CREATE INDEX ex1 ON t1(a) WHERE 4=b;

-- schema: indexedby#1 (sqlite test/indexedby.test indexedby-5.1)
CREATE VIEW v2 AS SELECT * FROM t1 INDEXED BY i1 WHERE a > 5;

-- schema: indexedby#2 (sqlite test/indexedby.test indexedby-10.1)
CREATE TABLE indexed(x,y);

-- schema: indexedby#3 (sqlite test/indexedby.test indexedby-10.2)
CREATE TABLE indexed(x,y);
CREATE INDEX i10 ON indexed(x);

-- schema: indexedby#4 (sqlite test/indexedby.test indexedby-10.3)
CREATE TABLE t10(indexed INTEGER);
CREATE INDEX indexed ON t10(indexed);

-- schema: indexexpr1#1 (sqlite test/indexexpr1.test indexexpr1-400)
CREATE TABLE t3(a,b,c);
CREATE UNIQUE INDEX t3abc ON t3(CAST(a AS text), b, substr(c,1,3));

-- schema: indexexpr1#2 (sqlite test/indexexpr1.test indexexpr1-600)
CREATE TABLE t4(a,b,c,d,e,f,g,h,i);
CREATE INDEX t4all ON t4(a,b,c<d,e,f,i,h);

-- schema: indexexpr1#3 (sqlite test/indexexpr1.test indexexpr1-1430)
CREATE TABLE t1400(x TEXT);
CREATE INDEX t1400x ON t1400(abs(15+3));

-- schema: indexexpr1#4 (sqlite test/indexexpr1.test indexexpr1-1700)
CREATE TABLE t0(c0);
CREATE INDEX i0 ON t0(NULL > c0) WHERE (NULL NOT NULL);

-- schema: indexexpr1#5 (sqlite test/indexexpr1.test indexexpr1-2000)
CREATE TABLE t1(a INT, b TEXT);
CREATE INDEX t1_one ON t1(a, b->>'one');
CREATE INDEX t1_two ON t1(a, b->>'two');

-- schema: indexexpr1#6 (sqlite test/indexexpr1.test indexexpr1-2030)
CREATE TABLE t1(a INT, b TEXT, c INT, d INT);
CREATE INDEX t1x ON t1(d, a, b->>'x', c);

-- schema: indexexpr1#7 (sqlite test/indexexpr1.test indexexpr1-2100)
CREATE TABLE t1(a INTEGER PRIMARY KEY, b INT);
CREATE INDEX x1 ON t1( "y" );
CREATE INDEX x2 ON t1( +"y" );
CREATE INDEX x3 ON t1( +'y' );
CREATE INDEX x4 ON t1( "y*" );

-- schema: indexexpr1#8 (sqlite test/indexexpr1.test indexexpr1-2200)
CREATE TABLE t1(id INTEGER PRIMARY KEY, tag INT);
CREATE TABLE t2(type INT, t1_id  INT, value  INT);
CREATE INDEX t1x ON t1(-tag);

-- schema: indexexpr2#1 (sqlite test/indexexpr2.test 3.4.5)
CREATE TABLE t4(a, b);
CREATE INDEX i4 ON t4( Substr(a,-2) COLLATE nocase );

-- schema: indexexpr2#2 (sqlite test/indexexpr2.test 4.200)
CREATE TABLE t2(a,b,c,d,e,f);
CREATE INDEX t2abc ON t2(a+b+c);
CREATE INDEX t2cd ON t2(c*d);
CREATE INDEX t2def ON t2(d,e+25*f);

-- schema: indexexpr2#3 (sqlite test/indexexpr2.test 6.1.2)
CREATE TABLE x1(a INTEGER PRIMARY KEY, b);
CREATE INDEX x1i ON x1( CAST(b AS INTEGER) );

-- schema: indexexpr2#4 (sqlite test/indexexpr2.test 11.0)
CREATE TABLE t3 (a INT, b AS (-a));
CREATE INDEX t3x ON t3(b, a);

-- schema: insert#1 (sqlite test/insert.test insert-2.1)
CREATE TABLE test2(
      f1 int default -111, 
      f2 real default +4.32,
      f3 int default +222,
      f4 int default 7.89
    )
  ;

-- schema: insert#2 (sqlite test/insert.test insert-2.10)
CREATE TABLE test2(
      f1 int default 111, 
      f2 real default -4.32,
      f3 text default hi,
      f4 text default 'abc-123',
      f5 varchar(10)
    )
  ;

-- schema: insert#3 (sqlite test/insert.test insert-11.1)
CREATE TABLE t11a AS SELECT '123456789' AS x;
CREATE TABLE t11b (a INTEGER PRIMARY KEY, b, c);

-- schema: insert#4 (sqlite test/insert.test insert-17.1)
CREATE TABLE t0(aa, bb);
CREATE UNIQUE INDEX t0bb ON t0(bb);
CREATE TRIGGER "r17.1" BEFORE DELETE ON t0
    BEGIN INSERT INTO t0(aa,bb) VALUES(99,1);
  END;

-- schema: insert#5 (sqlite test/insert.test insert-17.3)
CREATE TABLE t1(a, b UNIQUE, c UNIQUE);
CREATE TRIGGER "r17.3" AFTER DELETE ON t1 WHEN OLD.c<>3 BEGIN
    INSERT INTO t1(rowid,a,b,c) VALUES(100,100,100,3);
  END;

-- schema: insert3#1 (sqlite test/insert3.test insert3-1.0)
CREATE TABLE t1(a,b);
CREATE TABLE log(x UNIQUE, y);
CREATE TRIGGER r1 AFTER INSERT ON t1 BEGIN
      UPDATE log SET y=y+1 WHERE x=new.a;
      INSERT OR IGNORE INTO log VALUES(new.a, 1);
    END;

-- schema: insert3#2 (sqlite test/insert3.test insert3-3.1)
CREATE TABLE t3(a,b,c);
CREATE TRIGGER t3r1 BEFORE INSERT on t3 WHEN nosuchcol BEGIN
      SELECT 'illegal WHEN clause';
    END;

-- schema: insert4#1 (sqlite test/insert4.test insert4-6.6)
CREATE TABLE t6b(x CHECK( x<>'abc' COLLATE nocase ));

-- schema: insert4#2 (sqlite test/insert4.test insert4-6.7)
CREATE TABLE t6b(x CHECK( x COLLATE nocase <>'abc' ));

-- schema: insert4#3 (sqlite test/insert4.test 10.1)
CREATE TABLE t8(
    rid INTEGER,
    pid INTEGER,
    mid INTEGER,
    px INTEGER DEFAULT(0) CHECK(px IN(0, 1))
  );

-- schema: insertfault#1 (sqlite test/insertfault.test 1.0)
CREATE TABLE t1(a INTEGER PRIMARY KEY, b, c, d DEFAULT true);

-- schema: intpkey#1 (sqlite test/intpkey.test intpkey-16.0)
CREATE TABLE t16a(id "INTEGER" PRIMARY KEY AUTOINCREMENT, b [TEXT], c `INT`);

-- schema: intreal#1 (sqlite test/intreal.test 3.0)
CREATE TABLE t0 (c0 REAL, c1);
CREATE UNIQUE INDEX i0 ON t0(c1, 0 | c0);

-- schema: istrue#1 (sqlite test/istrue.test istrue-100)
CREATE TABLE t1(x INTEGER PRIMARY KEY, y BOOLEAN);

-- schema: istrue#2 (sqlite test/istrue.test istrue-500)
CREATE TABLE t2(
     a INTEGER PRIMARY KEY,
     b BOOLEAN DEFAULT true,
     c BOOLEAN DEFAULT(true),
     d BOOLEAN DEFAULT false,
     e BOOLEAN DEFAULT(false)
  );

-- schema: istrue#3 (sqlite test/istrue.test istrue-510)
CREATE TABLE t2(
     a INTEGER PRIMARY KEY,
     b BOOLEAN DEFAULT(not true),
     c BOOLEAN DEFAULT(not false)
  );

-- schema: istrue#4 (sqlite test/istrue.test istrue-520)
CREATE TABLE t2(
     a INTEGER PRIMARY KEY,
     b BOOLEAN CHECK(b IS TRUE),
     c BOOLEAN CHECK(c IS FALSE),
     d BOOLEAN CHECK(d IS NOT TRUE),
     e BOOLEAN CHECK(e IS NOT FALSE)
  );

-- schema: istrue#5 (sqlite test/istrue.test istrue-700)
CREATE TABLE t7(
      a INTEGER PRIMARY KEY,
      b BOOLEAN DEFAULT false,
      c BOOLEAN DEFAULT true
    );
ALTER TABLE t7 ADD COLUMN d BOOLEAN DEFAULT false;
ALTER TABLE t7 ADD COLUMN e BOOLEAN DEFAULT true;

-- schema: istrue#6 (sqlite test/istrue.test istrue-830)
CREATE TABLE false(true INT, false INT, x INT CHECK (5 IN (false.false)));
