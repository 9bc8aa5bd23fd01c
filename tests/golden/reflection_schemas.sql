-- Schemas for the reflection differential test. Each starts with a "-- schema: NAME" line;
-- scripts/golden_reflection.py and tests/engine/reflect_golden_test.cpp both read this file.

-- schema: basic_types
CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL, price NUMERIC(10, 2), ratio REAL,
  flag BOOLEAN, born DATE, at DATETIME, tm TIME, ts TIMESTAMP, data BLOB, note TEXT, code CHAR(3),
  big BIGINT, small SMALLINT, dec DECIMAL(10,2), f FLOAT, n NVARCHAR(20), nc NCHAR(2), j JSON);

-- schema: odd_type_names
CREATE TABLE t (a XYZINTQPR, b CHARINT, c FLOATING POINT, d STRING, e DOUBLE PRECISION,
  f VARYING CHARACTER(255), g NATIVE CHARACTER(70), h MEDIUMINT, i INT8, j UNSIGNED BIG INT,
  k BLOB SUB_TYPE TEXT, l DATE_CHAR, m DATETIME_CHAR, n BOOL, o DOUBLE, p INTEGER(11), q CLOB);

-- schema: no_types
CREATE TABLE t (a, b NOT NULL, c DEFAULT 5, d PRIMARY KEY);

-- schema: spaced_type_args
CREATE TABLE t (id INTEGER PRIMARY KEY, a VARCHAR (30), b DECIMAL( 10 , 2 ), c NUMERIC(5));

-- schema: defaults
CREATE TABLE t (id INTEGER PRIMARY KEY,
  a TEXT DEFAULT 'abc', b INTEGER DEFAULT 0, c REAL DEFAULT -1.5, d DATETIME DEFAULT CURRENT_TIMESTAMP,
  e INTEGER DEFAULT (strftime('%s', 'now')), f TEXT DEFAULT 'it''s', g BLOB DEFAULT x'00ff', h TEXT DEFAULT NULL,
  i BOOLEAN DEFAULT FALSE);

-- schema: quoted_names
CREATE TABLE "my table" ("my id" INTEGER PRIMARY KEY, [bracket col] TEXT, `tick col` INTEGER, "quo""te" TEXT);
CREATE INDEX "ix my" ON "my table" ("bracket col");

-- schema: non_ascii
CREATE TABLE "naïve" ("clé" INTEGER PRIMARY KEY, "名前" TEXT NOT NULL, "über" REAL);
CREATE INDEX "ix_naïve" ON "naïve" ("名前");

-- schema: mixed_case
CREATE TABLE Users (UserId INTEGER PRIMARY KEY, DisplayName VARCHAR(40), Email TEXT UNIQUE);
CREATE TABLE Posts (PostId INTEGER PRIMARY KEY, UserId INTEGER REFERENCES Users(UserId), Title TEXT);

-- schema: composite_keys
CREATE TABLE parent (a INTEGER, b TEXT, PRIMARY KEY (a, b));
CREATE TABLE child (id INTEGER PRIMARY KEY, pa INTEGER, pb TEXT,
  FOREIGN KEY (pa, pb) REFERENCES parent (a, b) ON DELETE CASCADE);

-- schema: named_constraints
CREATE TABLE parent (id INTEGER, CONSTRAINT pk_parent PRIMARY KEY (id));
CREATE TABLE t (id INTEGER CONSTRAINT pk_t PRIMARY KEY, a INTEGER, b INTEGER, pid INTEGER,
  CONSTRAINT uq_ab UNIQUE (a, b), CONSTRAINT ck_a CHECK (a > 0),
  CONSTRAINT fk_parent FOREIGN KEY (pid) REFERENCES parent (id) ON DELETE SET NULL ON UPDATE CASCADE);

-- schema: self_reference
CREATE TABLE node (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES node (id) ON DELETE CASCADE, name TEXT);

-- schema: inline_references_django
CREATE TABLE "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "username" varchar(150) NOT NULL UNIQUE);
CREATE TABLE "auth_group" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(150) NOT NULL UNIQUE);
CREATE TABLE "auth_user_groups" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "auth_user_groups_user_id_group_id_94350c0c_uniq" ON "auth_user_groups" ("user_id", "group_id");
CREATE INDEX "auth_user_groups_user_id_6a12ed8b" ON "auth_user_groups" ("user_id");

-- schema: fk_actions_inline
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE c (id INTEGER PRIMARY KEY, a INTEGER REFERENCES p (id) ON DELETE CASCADE ON UPDATE SET NULL,
  b INTEGER REFERENCES p ON DELETE RESTRICT, d INTEGER REFERENCES p (id) ON UPDATE NO ACTION);

-- schema: one_line_table
CREATE TABLE t(id INTEGER PRIMARY KEY,a INTEGER NOT NULL CHECK(a>0),b TEXT UNIQUE,c INTEGER CONSTRAINT ck_c CHECK(c<10),CONSTRAINT uq_ac UNIQUE(a,c));

-- schema: comments_in_ddl
CREATE TABLE t ( -- the table
  id INTEGER PRIMARY KEY, /* the key */
  a INTEGER, -- a, b) UNIQUE (
  b TEXT /* , c INTEGER */ NOT NULL,
  CHECK (a <> 0) -- CONSTRAINT fake CHECK (1)
);

-- schema: multiline_checks
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  lo INTEGER,
  hi INTEGER,
  CONSTRAINT ck_range CHECK (
    lo <= hi
    AND lo >= 0
  ),
  CHECK (hi < 1000)
);

-- schema: check_with_commas
CREATE TABLE t (id INTEGER PRIMARY KEY, kind TEXT CHECK (kind IN ('a', 'b', 'c')), n INTEGER,
  CONSTRAINT ck_n CHECK (n IN (1, 2, 3) OR n IS NULL));

-- schema: partial_indexes
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, deleted BOOLEAN, name TEXT);
CREATE INDEX ix_live ON t (a) WHERE deleted = 0;
CREATE UNIQUE INDEX ux_name ON t (name) WHERE name IS NOT NULL AND deleted = 0;
CREATE INDEX ix_multi ON t (a, name)
  WHERE a > 10
    AND name <> '';

-- schema: expression_indexes
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, born DATE);
CREATE INDEX ix_lower ON t (lower(name));
CREATE INDEX ix_desc ON t (born DESC, name COLLATE NOCASE);
CREATE INDEX ix_plain ON t (name);

-- schema: without_rowid
CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;
CREATE TABLE pairs (a INTEGER, b INTEGER, v TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID;

-- schema: strict_tables
CREATE TABLE s (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL, data BLOB, anything ANY) STRICT;
CREATE TABLE sw (k TEXT PRIMARY KEY, n INT) STRICT, WITHOUT ROWID;

-- schema: generated_columns
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER,
  total INTEGER GENERATED ALWAYS AS (a + b) VIRTUAL,
  prod INTEGER GENERATED ALWAYS AS (a * b) STORED,
  label TEXT AS (printf('%d, %d', a, b)),
  y INTEGER AS (coalesce(a, b, 0)));

-- schema: views
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
CREATE VIEW v_names AS SELECT name FROM t WHERE name IS NOT NULL;
CREATE VIEW "v quoted" AS SELECT id, upper(name) AS up FROM t;

-- schema: fts5
CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, body TEXT);
CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='docs', content_rowid='id');

-- schema: autoincrement_and_sequence
CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT);
INSERT INTO t (name) VALUES ('x');

-- schema: on_conflict_clauses
CREATE TABLE t (id INTEGER PRIMARY KEY ON CONFLICT REPLACE, a TEXT NOT NULL ON CONFLICT IGNORE,
  b TEXT UNIQUE ON CONFLICT FAIL, c INTEGER, d INTEGER, UNIQUE (c, d) ON CONFLICT ROLLBACK);

-- schema: collations
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT COLLATE NOCASE, b TEXT COLLATE RTRIM NOT NULL, c VARCHAR(10) COLLATE BINARY);

-- schema: column_named_like_keywords
CREATE TABLE t (id INTEGER PRIMARY KEY, "left" INTEGER, "key" TEXT, action TEXT, "y" INTEGER,
  z INTEGER GENERATED ALWAYS AS (y * 2));

-- schema: unique_inline_and_table
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT UNIQUE, a INTEGER, b INTEGER, UNIQUE (a, b), CONSTRAINT "quoted uq" UNIQUE (b));

-- schema: fk_to_missing_table
CREATE TABLE t (id INTEGER PRIMARY KEY, other_id INTEGER REFERENCES elsewhere (id));
