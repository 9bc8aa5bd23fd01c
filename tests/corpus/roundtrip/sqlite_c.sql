-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: capi2#1 (sqlite test/capi2.test capi2-13.1)
CREATE VIEW view2 AS SELECT * FROM tab1 limit 10 offset 10;

-- schema: capi3c#1 (sqlite test/capi3c.test capi3c-24.1)
CREATE TABLE t5(a INTEGER, b STRING, c DATETIME) ;

-- schema: capi3c#2 (sqlite test/capi3c.test 25.0)
CREATE TABLE t11(a VARCHAR(10), b INTEGER);
CREATE TABLE t12(a VARCHAR(15), b FLOAT);

-- schema: cast#1 (sqlite test/cast.test cast-6.1)
CREATE TABLE t1(a NUMERIC);

-- schema: cast#2 (sqlite test/cast.test cast-9.0)
CREATE TABLE t0(c0);
CREATE VIEW v1(c0, c1) AS 
    SELECT CAST(0.0 AS NUMERIC), COUNT(*) OVER () FROM t0;

-- schema: cast#3 (sqlite test/cast.test cast-10.7)
CREATE VIEW v1 AS SELECT CAST(44 AS REAL) AS 'm' UNION ALL SELECT 55;

-- schema: cast#4 (sqlite test/cast.test cast-10.8)
CREATE VIEW v2 AS VALUES(CAST(44 AS REAL)),(55);

-- schema: check#1 (sqlite test/check.test check-1.1)
CREATE TABLE t1(
      x INTEGER CHECK( x<5 ),
      y REAL CHECK( y>x )
    );

-- schema: check#2 (sqlite test/check.test check-2.1)
CREATE TABLE t2(
      x INTEGER CONSTRAINT one CHECK( typeof(coalesce(x,0))=="integer" ),
      y REAL CONSTRAINT two CHECK( typeof(coalesce(y,0.1))=='real' ),
      z TEXT CONSTRAINT three CHECK( typeof(coalesce(z,''))=='text' )
    );
CREATE TABLE t2n(
      x INTEGER CONSTRAINT one CHECK( typeof(coalesce(x,0))=="integer" ),
      y NUMERIC CONSTRAINT two CHECK( typeof(coalesce(y,0.1))=='real' ),
      z TEXT CONSTRAINT three CHECK( typeof(coalesce(z,''))=='text' )
    );

-- schema: check#3 (sqlite test/check.test check-2.10)
CREATE TABLE t2b(
      x INTEGER CHECK( typeof(coalesce(x,0))=='integer' ) CONSTRAINT one,
      y TEXT PRIMARY KEY constraint two,
      z INTEGER,
      UNIQUE(x,z) constraint three
    );

-- schema: check#4 (sqlite test/check.test check-4.1)
CREATE TABLE t4(x, y,
      CHECK (
           x+y==11
        OR x*y==12
        OR x/y BETWEEN 5 AND 8
        OR -x==y+10
      )
    );

-- schema: check#5 (sqlite test/check.test 8.1)
CREATE TABLE t810(a, CHECK( main.t810.a>0 ));
CREATE TABLE t811(b, CHECK( xyzzy.t811.b BETWEEN 5 AND 10 ));

-- schema: check#6 (sqlite test/check.test 9.1)
CREATE TABLE t1(
    a INTEGER PRIMARY KEY,
    b INTEGER NOT NULL CONSTRAINT 'b-check' CHECK( b>a ),
    c INTEGER NOT NULL CONSTRAINT 'c-check' CHECK( c>rowid*2 ),
    d INTEGER NOT NULL CONSTRAINT 'd-check' CHECK( d BETWEEN b AND c )
  );

-- schema: check#7 (sqlite test/check.test 11.0)
CREATE TABLE t1 (Col0 CHECK(1 COLLATE BINARY BETWEEN 1 AND 1) ) ;

-- schema: check#8 (sqlite test/check.test 11.3)
CREATE TABLE t2(b, a CHECK(
      CASE 'abc' COLLATE nocase WHEN a THEN 1 ELSE 0 END)
  );

-- schema: check#9 (sqlite test/check.test 12.10)
CREATE TABLE t1(a TEXT, CHECK(a=+a));

-- schema: check#10 (sqlite test/check.test 12.20)
CREATE TABLE t1(a TEXT, CHECK(a<>+a));

-- schema: check#11 (sqlite test/check.test 12.30)
CREATE TABLE t1(a TEXT, CHECK(NOT(a=+a)));

-- schema: check#12 (sqlite test/check.test 12.50)
CREATE TABLE t1(a TEXT, CHECK(a BETWEEN 0 AND +a));

-- schema: check#13 (sqlite test/check.test 12.60)
CREATE TABLE t1(a TEXT, CHECK(a NOT BETWEEN 0 AND +a));

-- schema: check#14 (sqlite test/check.test 12.70)
CREATE TABLE t1(a TEXT, CHECK(a BETWEEN +a AND 999999));

-- schema: check#15 (sqlite test/check.test 12.80)
CREATE TABLE t1(a TEXT, CHECK(a NOT BETWEEN +a AND 999999));

-- schema: check#16 (sqlite test/check.test 13.2.0)
CREATE TABLE t2 (x , CHECK((NOT (x ISNULL) )));

-- schema: collate1#1 (sqlite test/collate1.test collate1-5.1)
CREATE TABLE c5(
      id INTEGER PRIMARY KEY,
      a TEXT COLLATE binary COLLATE nocase COLLATE rtrim,
      b TEXT COLLATE nocase COLLATE binary,
      c TEXT COLLATE rtrim COLLATE binary COLLATE rtrim COLLATE nocase
    );

-- schema: collate1#2 (sqlite test/collate1.test 8.2)
CREATE TABLE t0(c0 COLLATE RTRIM, c1 BLOB UNIQUE,
                  PRIMARY KEY (c0, c1)) WITHOUT ROWID;

-- schema: collate1#3 (sqlite test/collate1.test 10.0)
CREATE TABLE t1(a INTEGER PRIMARY KEY,b);
CREATE TABLE t2(x UNIQUE);
CREATE VIEW v1a(z,y) AS SELECT x COLLATE x FROM t2;

-- schema: collate4#1 (sqlite test/collate4.test collate4-3.0)
CREATE TABLE collate4t1(a PRIMARY KEY COLLATE NOCASE);

-- schema: collate4#2 (sqlite test/collate4.test collate4-3.5)
CREATE TABLE collate4t1(a COLLATE NOCASE UNIQUE);

-- schema: collate5#1 (sqlite test/collate5.test collate5-1.11)
CREATE TABLE tkt3376(a COLLATE nocase PRIMARY KEY);

-- schema: collate5#2 (sqlite test/collate5.test 5.2)
CREATE TABLE t1(a,b,c COLLATE NOCASE);
CREATE VIEW v2 AS
    SELECT a,b,c FROM t1 INTERSECT SELECT a,b,b FROM t1
    WHERE 'eT"3qRkL+oJMJjQ9z0'>=b
    ORDER BY a,b,c;

-- schema: collate6#1 (sqlite test/collate6.test collate6-2.1)
CREATE TABLE abc(a COLLATE binary, b, c);
CREATE TABLE def(a, b, c);
CREATE TRIGGER abc_t1 AFTER INSERT ON abc BEGIN
      INSERT INTO def SELECT * FROM abc WHERE a < new.a COLLATE nocase;
    END
  ;

-- schema: colmeta#1 (sqlite test/colmeta.test colmeta-0)
CREATE TABLE abc(a, b, c);
CREATE TABLE abc2(a PRIMARY KEY COLLATE NOCASE, b VARCHAR(32), c);
CREATE TABLE abc3(a NOT NULL, b INTEGER PRIMARY KEY, c);
CREATE TABLE abc5(w,x,y,z,PRIMARY KEY(x,z)) WITHOUT ROWID;
CREATE TABLE abc6(rowid TEXT COLLATE rtrim, oid REAL, _rowid_ BLOB);

-- schema: colname#1 (sqlite test/colname.test colname-2.1)
CREATE TABLE tabc(a,b,c);
CREATE TABLE txyz(x,y,z);
CREATE TABLE tboth(a,b,c,x,y,z);
CREATE VIEW v1 AS SELECT tabC.a, txyZ.x, * 
      FROM tabc, txyz ORDER BY 1 LIMIT 1;
CREATE VIEW v2 AS SELECT tabC.a, txyZ.x, tboTh.a, tbotH.x, *
      FROM tabc, txyz, tboth ORDER BY 1 LIMIT 1;

-- schema: colname#2 (sqlite test/colname.test colname-6.1)
CREATE TABLE t6(a, ['a'], ["a"], "[a]", [`a`]);

-- schema: colname#3 (sqlite test/colname.test colname-8.1)
CREATE TABLE "t3893"("x");

-- schema: colname#4 (sqlite test/colname.test colname-10.100)
CREATE TABLE t1("with space" TEXT);
CREATE TABLE t2 AS SELECT "with space" FROM t1;

-- schema: colname#5 (sqlite test/colname.test colname-10.110)
CREATE TABLE t1("with space" TEXT);
CREATE TABLE t3 AS SELECT "with space" FROM t1 GROUP BY 1;

-- schema: conflict#1 (sqlite test/conflict.test conflict-9.1)
CREATE TABLE t2(
      a INTEGER UNIQUE ON CONFLICT IGNORE,
      b INTEGER UNIQUE ON CONFLICT FAIL,
      c INTEGER UNIQUE ON CONFLICT REPLACE,
      d INTEGER UNIQUE ON CONFLICT ABORT,
      e INTEGER UNIQUE ON CONFLICT ROLLBACK
    );
CREATE TABLE t3(x);

-- schema: conflict#2 (sqlite test/conflict.test conflict-14.1)
CREATE TABLE t1(x NOT NULL DEFAULT NULL);

-- schema: conflict#3 (sqlite test/conflict.test conflict-15.10)
CREATE TABLE t1(
    x PRIMARY KEY,
    UNIQUE(x,x),
    UNIQUE(x,x) ON CONFLICT REPLACE
  );

-- schema: conflict#4 (sqlite test/conflict.test conflict-16.2)
CREATE TABLE t1(a INT, CHECK( a!=5 ) ON CONFLICT ignore);

-- schema: conflict2#1 (sqlite test/conflict2.test conflict2-9.1)
CREATE TABLE t2(
      a INTEGER PRIMARY KEY ON CONFLICT IGNORE,
      b INTEGER UNIQUE ON CONFLICT FAIL,
      c INTEGER UNIQUE ON CONFLICT REPLACE,
      d INTEGER UNIQUE ON CONFLICT ABORT,
      e INTEGER UNIQUE ON CONFLICT ROLLBACK
    ) WITHOUT rowid;
CREATE TABLE t3(x);

-- schema: conflict2#2 (sqlite test/conflict2.test conflict2-12.1)
CREATE TABLE t5(a INTEGER PRIMARY KEY, b text) WITHOUT rowid;

-- schema: conflict2#3 (sqlite test/conflict2.test conflict2-13.1)
CREATE TABLE t13(a PRIMARY KEY CHECK(a!=2)) WITHOUT rowid;

-- schema: conflict2#4 (sqlite test/conflict2.test conflict2-14.1)
CREATE TABLE t1(
    x TEXT PRIMARY KEY NOT NULL, 
    y TEXT NOT NULL,
    z INTEGER
  );
CREATE UNIQUE INDEX t1xy ON t1(x,y);

-- schema: conflict2#5 (sqlite test/conflict2.test conflict2-14.2)
CREATE TABLE t1(
    x TEXT PRIMARY KEY NOT NULL, 
    y TEXT NOT NULL,
    z INTEGER
  ) WITHOUT ROWID;
CREATE UNIQUE INDEX t1xy ON t1(x,y);

-- schema: conflict3#1 (sqlite test/conflict3.test 1.1)
CREATE TABLE t1(
    a INTEGER PRIMARY KEY ON CONFLICT REPLACE, 
    b UNIQUE ON CONFLICT IGNORE,
    c UNIQUE ON CONFLICT FAIL
  );

-- schema: conflict3#2 (sqlite test/conflict3.test 3.1)
CREATE TABLE t1(
    a INT PRIMARY KEY ON CONFLICT REPLACE, 
    b UNIQUE ON CONFLICT IGNORE,
    c UNIQUE ON CONFLICT FAIL
  ) WITHOUT ROWID;

-- schema: conflict3#3 (sqlite test/conflict3.test 4.1)
CREATE TABLE t1(
    b UNIQUE ON CONFLICT IGNORE,
    c UNIQUE ON CONFLICT FAIL,
    a INT PRIMARY KEY ON CONFLICT REPLACE
  ) WITHOUT ROWID;

-- schema: conflict3#4 (sqlite test/conflict3.test 11.1)
CREATE TABLE t1(
    a UNIQUE ON CONFLICT REPLACE, 
    b UNIQUE ON CONFLICT IGNORE,
    c PRIMARY KEY ON CONFLICT FAIL
  ) WITHOUT ROWID;

-- schema: conflict3#5 (sqlite test/conflict3.test 13.2.0)
CREATE TABLE t2 (a PRIMARY KEY, b UNIQUE, c UNIQUE) WITHOUT ROWID;
CREATE TRIGGER tr3 AFTER DELETE ON t2 BEGIN 
      DELETE FROM t2; 
    END;

-- schema: corruptC#1 (sqlite test/corruptC.test corruptC-1.1)
CREATE TABLE t1(x,y);
CREATE INDEX t1i1 ON t1(x);
CREATE TABLE t2 AS SELECT x,2 as y FROM t1 WHERE rowid%5!=0;

-- schema: corruptE#1 (sqlite test/corruptE.test corruptE-1.1)
CREATE TABLE t1(x,y);
CREATE INDEX t1i1 ON t1(x);
CREATE TABLE t2 AS SELECT x,2 as y FROM t1 WHERE rowid%5!=0 ORDER BY rowid;

-- schema: corruptH#1 (sqlite test/corruptH.test 2.1)
CREATE TABLE t1(a INTEGER PRIMARY KEY, b);
CREATE TABLE t3(x);
CREATE TABLE t2(x PRIMARY KEY) WITHOUT ROWID;

-- schema: corruptH#2 (sqlite test/corruptH.test 3.1)
CREATE TABLE t1(a INTEGER PRIMARY KEY, b);
CREATE TABLE t2(c INTEGER PRAGMA KEY, d);

-- schema: corruptL#1 (sqlite test/corruptL.test 19.3)
CREATE TABLE t1(a INTEGER PRIMARY KEY, b TEXT, c INTEGER, d TEXT);
CREATE INDEX i1 ON t1((NULL));

-- schema: cost#1 (sqlite test/cost.test 8.1)
CREATE TABLE composer(
    cid INTEGER PRIMARY KEY,
    cname TEXT
  );
CREATE TABLE album(
    aid INTEGER PRIMARY KEY,
    aname TEXT
  );
CREATE TABLE track(
    tid INTEGER PRIMARY KEY,
    cid INTEGER REFERENCES composer,
    aid INTEGER REFERENCES album,
    title TEXT
  );
CREATE INDEX track_i1 ON track(cid);
CREATE INDEX track_i2 ON track(aid);

-- schema: count#1 (sqlite test/count.test count-2.11)
CREATE VIEW v1 AS SELECT 1 AS a ;

-- schema: countofview#1 (sqlite test/countofview.test 2.0)
CREATE TABLE t1(x);
CREATE VIEW v1(x,y) AS SELECT x,1 FROM t1 UNION ALL SELECT x,2 FROM t1;

-- schema: cursorhint#1 (sqlite test/cursorhint.test 5.0)
CREATE TABLE t1(x TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE VIEW t2 AS SELECT 0 FROM t1 WHERE x>='a' OR x='1';

-- schema: cursorhint#2 (sqlite test/cursorhint.test 5.1)
CREATE TABLE  v1 (c1, PRIMARY KEY( c1 )) WITHOUT ROWID;
CREATE VIEW   v2 AS SELECT 0 FROM v1 WHERE c1 IS '' OR c1 > '';
CREATE VIEW   v3 AS SELECT 0 FROM v2 JOIN (v2 RIGHT JOIN v1);
CREATE VIEW   v4 AS SELECT 0 FROM v3, v3;
