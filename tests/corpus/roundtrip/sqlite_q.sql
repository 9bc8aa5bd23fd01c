-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: qrf03#1 (sqlite test/qrf03.test 1.0)
CREATE TABLE mlink(
    mid INTEGER,
    fid INTEGER,
    pmid INTEGER,
    pid INTEGER,
    fnid INTEGER REFERENCES filename,
    pfnid INTEGER,
    mperm INTEGER,
    isaux BOOLEAN DEFAULT 0
  );
CREATE TABLE event(
    type TEXT,
    mtime DATETIME,
    objid INTEGER PRIMARY KEY,
    tagid INTEGER,
    uid INTEGER REFERENCES user,
    bgcolor TEXT,
    euser TEXT,
    user TEXT,
    ecomment TEXT,
    comment TEXT,
    brief TEXT,
    omtime DATETIME
  );

-- schema: quote#1 (sqlite test/quote.test quote-1.0)
CREATE TABLE '@abc' ( '#xyz' int, '!pqr' text );

-- schema: quote#2 (sqlite test/quote.test 2.2)
CREATE TABLE t1(x, y, z);
CREATE TABLE xyz(a, b, c CHECK (c!="null") );
CREATE INDEX i2 ON t1(x, y, z||"abc");
CREATE INDEX i3 ON t1("w"||"");
CREATE INDEX i4 ON t1(x) WHERE z="w";

-- schema: quote#3 (sqlite test/quote.test 3.1)
CREATE TABLE t1(a,"b");
