-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: normalize#1 (sqlite test/normalize.test 298)
CREATE TABLE t1(a,b,c,d,e,"col f",w,x,y,z);
CREATE TABLE t2(x,"col y");

-- schema: notnull#1 (sqlite test/notnull.test notnull-1.0)
CREATE TABLE t1 (
      a NOT NULL,
      b NOT NULL DEFAULT 5,
      c NOT NULL ON CONFLICT REPLACE DEFAULT 6,
      d NOT NULL ON CONFLICT IGNORE DEFAULT 7,
      e NOT NULL ON CONFLICT ABORT DEFAULT 8
    );

-- schema: notnull#2 (sqlite test/notnull.test notnull-6.0)
CREATE TABLE t1(a UNIQUE);
CREATE TABLE t2(a NOT NULL UNIQUE);
CREATE TABLE t3(a UNIQUE NOT NULL);
CREATE TABLE t4(a NOT NULL);
CREATE UNIQUE INDEX t4a ON t4(a);
CREATE TABLE t5(a PRIMARY KEY);
CREATE TABLE t6(a PRIMARY KEY NOT NULL);
CREATE TABLE t7(a NOT NULL PRIMARY KEY);
CREATE TABLE t8(a PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE t9(a PRIMARY KEY UNIQUE NOT NULL);
CREATE TABLE t10(a UNIQUE PRIMARY KEY NOT NULL);

-- schema: null#1 (sqlite test/null.test null-10.1)
CREATE TABLE t0(c0 PRIMARY KEY DESC);

-- schema: nulls1#1 (sqlite test/nulls1.test 3.2)
CREATE TABLE first(nulls, last);
