-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: test_sqlite#1 (sqlalchemy test/dialect/test_sqlite.py test_default_reflection_2)
CREATE TABLE r_defaults (
            data VARCHAR(40) DEFAULT 'my_default',
            val INTEGER NOT NULL DEFAULT 0
            );

-- schema: test_sqlite#2 (sqlalchemy test/dialect/test_sqlite.py test_default_reflection_3)
CREATE TABLE r_defaults (data VARCHAR(40) DEFAULT 'my_default', val INTEGER DEFAULT 0 NOT NULL);

-- schema: test_sqlite#3 (sqlalchemy test/dialect/test_sqlite.py test_quoted_identifiers_functional_one)
CREATE TABLE "django_content_type" (
            "id" integer NOT NULL PRIMARY KEY,
            "django_stuff" text NULL
        );
CREATE TABLE "django_admin_log" (
            "id" integer NOT NULL PRIMARY KEY,
            "action_time" datetime NOT NULL,
            "content_type_id" integer NULL
                    REFERENCES "django_content_type" ("id"),
            "object_id" text NULL,
            "change_message" text NOT NULL
        );

-- schema: test_sqlite#4 (sqlalchemy test/dialect/test_sqlite.py test_quoted_identifiers_functional_two)
CREATE TABLE """a""" (
            """id""" integer NOT NULL PRIMARY KEY
        );

-- schema: test_sqlite#5 (sqlalchemy test/dialect/test_sqlite.py test_constraints_with_schemas)
CREATE TABLE t4 (id INTEGER NOT NULL, t1_id INTEGER, PRIMARY KEY (id));

-- schema: test_sqlite#6 (sqlalchemy test/dialect/test_sqlite.py test_column_defaults_ddl)
CREATE TABLE t (x BOOLEAN DEFAULT (0), CHECK (x IN (0, 1)));

-- schema: test_sqlite#7 (sqlalchemy test/dialect/test_sqlite.py test_column_defaults_ddl)
CREATE TABLE t (x VARCHAR DEFAULT (sqlite_version()));

-- schema: test_sqlite#8 (sqlalchemy test/dialect/test_sqlite.py test_column_defaults_ddl)
CREATE TABLE t (x INTEGER DEFAULT (abs(-5) + 17));

-- schema: test_sqlite#9 (sqlalchemy test/dialect/test_sqlite.py test_on_conflict_clause_column_many_clause)
CREATE TABLE n (test INTEGER NOT NULL ON CONFLICT FAIL, PRIMARY KEY (test) ON CONFLICT IGNORE);

-- schema: test_sqlite#10 (sqlalchemy test/dialect/test_sqlite.py test_on_conflict_clause_unique_constraint_from_column)
CREATE TABLE n (x VARCHAR(30), UNIQUE (x) ON CONFLICT FAIL);

-- schema: test_sqlite#11 (sqlalchemy test/dialect/test_sqlite.py test_on_conflict_clause_unique_constraint)
CREATE TABLE n (id INTEGER, x VARCHAR(30), UNIQUE (id, x) ON CONFLICT FAIL);

-- schema: test_sqlite#12 (sqlalchemy test/dialect/test_sqlite.py test_on_conflict_clause_primary_key)
CREATE TABLE n (id INTEGER NOT NULL PRIMARY KEY ON CONFLICT FAIL AUTOINCREMENT);

-- schema: test_sqlite#13 (sqlalchemy test/dialect/test_sqlite.py test_on_conflict_clause_primary_key_constraint_from_column)
CREATE TABLE n (x VARCHAR(30) NOT NULL, PRIMARY KEY (x) ON CONFLICT FAIL);

-- schema: test_sqlite#14 (sqlalchemy test/dialect/test_sqlite.py test_on_conflict_clause_check_constraint)
CREATE TABLE n (id INTEGER, x INTEGER, CHECK (id > x) ON CONFLICT FAIL);

-- schema: test_sqlite#15 (sqlalchemy test/dialect/test_sqlite.py test_on_conflict_clause_primary_key_constraint)
CREATE TABLE n (id INTEGER NOT NULL, x VARCHAR(30) NOT NULL, PRIMARY KEY (id, x) ON CONFLICT FAIL);

-- schema: test_sqlite#16 (sqlalchemy test/dialect/test_sqlite.py setup_test_class)
CREATE VIRTUAL TABLE cattable using FTS3 (
            id INTEGER NOT NULL,
            description VARCHAR(50),
            PRIMARY KEY (id)
        );
CREATE VIRTUAL TABLE matchtable using FTS3 (
            id INTEGER NOT NULL,
            title VARCHAR(200),
            category_id INTEGER NOT NULL,
            PRIMARY KEY (id)
        );

-- schema: test_sqlite#17 (sqlalchemy test/dialect/test_sqlite.py test_sqlite_autoincrement)
CREATE TABLE autoinctable (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, x INTEGER);

-- schema: test_sqlite#18 (sqlalchemy test/dialect/test_sqlite.py test_sqlite_autoincrement_constraint)
CREATE TABLE autoinctable (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, x INTEGER, UNIQUE (x));

-- schema: test_sqlite#19 (sqlalchemy test/dialect/test_sqlite.py test_sqlite_autoincrement_int_affinity)
CREATE TABLE autoinctable (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT);

-- schema: test_sqlite#20 (sqlalchemy test/dialect/test_sqlite.py setup_test)
CREATE TABLE a (id INTEGER PRIMARY KEY);
CREATE TABLE b (id INTEGER PRIMARY KEY REFERENCES a);

-- schema: test_sqlite#21 (sqlalchemy test/dialect/test_sqlite.py setup_test_class)
CREATE TABLE a1 (id INTEGER PRIMARY KEY);
CREATE TABLE a2 (id INTEGER PRIMARY KEY);
CREATE TABLE b (id INTEGER PRIMARY KEY, FOREIGN KEY(id) REFERENCES a1(id),FOREIGN KEY(id) REFERENCES a2(id));
CREATE TABLE c (id INTEGER, CONSTRAINT bar PRIMARY KEY(id),CONSTRAINT foo1 FOREIGN KEY(id) REFERENCES a1(id),CONSTRAINT foo2 FOREIGN KEY(id) REFERENCES a2(id));
CREATE TABLE d (id INTEGER, x INTEGER unique);
CREATE TABLE d1 (id INTEGER, "some ( STUPID n,ame" INTEGER unique);
CREATE TABLE d2 ( "some STUPID n,ame" INTEGER unique);
CREATE TABLE d3 ( "some STUPID n,ame" INTEGER NULL unique);
CREATE TABLE e (id INTEGER, x INTEGER references a2(id));
CREATE TABLE e1 (id INTEGER, "some ( STUPID n,ame" INTEGER references a2   ("some ( STUPID n,ame"));
CREATE TABLE e2 (id INTEGER, "some ( STUPID n,ame" INTEGER NOT NULL  references a2   ("some ( STUPID n,ame"));
CREATE TABLE f (x INTEGER, CONSTRAINT foo_fx UNIQUE(x));
CREATE TABLE h (x INTEGER, COnstraINT foo_hx unIQUE(x));
CREATE TABLE i (x INTEGER, y INTEGER, PRIMARY KEY(x, y));
CREATE TABLE j (id INTEGER, q INTEGER, p INTEGER, PRIMARY KEY(id), FOreiGN KEY(q,p) REFERENCes  i(x,y));
CREATE TABLE k (id INTEGER, q INTEGER, p INTEGER, PRIMARY KEY(id), conSTRAINT my_fk FOreiGN KEY (  q  , p  )   REFERENCes   i    (  x ,   y ));
create table o (foo varchar(20) primary key);
CREATE TABLE onud_test (id INTEGER PRIMARY KEY, c1 INTEGER, c2 INTEGER, c3 INTEGER, c4 INTEGER, CONSTRAINT fk1 FOREIGN KEY (c1) REFERENCES a1(id) ON DELETE SET NULL, CONSTRAINT fk2 FOREIGN KEY (c2) REFERENCES a1(id) ON UPDATE CASCADE, CONSTRAINT fk3 FOREIGN KEY (c3) REFERENCES a2(id) ON DELETE CASCADE ON UPDATE SET NULL,CONSTRAINT fk4 FOREIGN KEY (c4) REFERENCES a2(id) ON UPDATE NO ACTION);
CREATE TABLE deferrable_test (id INTEGER PRIMARY KEY, c1 INTEGER, c2 INTEGER, c3 INTEGER, c4 INTEGER, CONSTRAINT fk1 FOREIGN KEY (c1) REFERENCES a1(id) DEFERRABLE,CONSTRAINT fk2 FOREIGN KEY (c2) REFERENCES a1(id) NOT DEFERRABLE,CONSTRAINT fk3 FOREIGN KEY (c3) REFERENCES a2(id) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,CONSTRAINT fk4 FOREIGN KEY (c4) REFERENCES a2(id) NOT DEFERRABLE INITIALLY IMMEDIATE);
CREATE TABLE cp (q INTEGER check (q > 1 AND q < 6),
CONSTRAINT cq CHECK (q == 1 OR (q > 2 AND q < 5))
);
CREATE TABLE implicit_referred (pk integer primary key);
CREATE TABLE implicit_referrer (id integer REFERENCES implicit_referred);
CREATE TABLE implicit_referred_comp (pk1 integer, pk2 integer, primary key (pk1, pk2));
CREATE TABLE implicit_referrer_comp (id1 integer, id2 integer, foreign key(id1, id2) REFERENCES implicit_referred_comp);
CREATE TABLE implicit_referrer_comp_fake (id1 integer, id2 integer, foreign key(id1, id2) REFERENCES fake_table);

-- schema: test_sqlite#22 (sqlalchemy test/dialect/test_sqlite.py test_foreign_key_options_unnamed_inline)
create table foo (id integer, foreign key (id) references bar (id) on update cascade);

-- schema: test_sqlite#23 (sqlalchemy test/dialect/test_sqlite.py test_reflect_partial_indexes)
create table foo_with_partial_index (x integer, y integer);
create unique index ix_partial on foo_with_partial_index (x) where y > 10;
create unique index ix_no_partial on foo_with_partial_index (x);
create unique index ix_partial2 on foo_with_partial_index (x, y) where y = 10 or abs(x) < 5;

-- schema: test_sqlite#24 (sqlalchemy test/dialect/test_sqlite.py setup_test_class)
CREATE TABLE test1 (
                s VARCHAR,
                x VARCHAR GENERATED ALWAYS AS (s || 'x')
            );
CREATE TABLE test2 (
                s VARCHAR,
                x VARCHAR GENERATED ALWAYS AS (s || 'x'),
                y VARCHAR GENERATED ALWAYS AS (s || 'y')
            );
CREATE TABLE test3 (
                s VARCHAR,
                x INTEGER GENERATED ALWAYS AS (INSTR(s, ","))
            );
CREATE TABLE test4 (
                s VARCHAR,
                x INTEGER GENERATED ALWAYS AS (INSTR(s, ",")),
                y INTEGER GENERATED ALWAYS AS (INSTR(x, ",")));
CREATE TABLE test5 (
                s VARCHAR,
                x VARCHAR GENERATED ALWAYS AS (s || 'x') STORED
            );
CREATE TABLE test6 (
                s VARCHAR,
                x VARCHAR GENERATED ALWAYS AS (s || 'x') STORED,
                y VARCHAR GENERATED ALWAYS AS (s || 'y') STORED
            );
CREATE TABLE test7 (
                s VARCHAR,
                x INTEGER GENERATED ALWAYS AS (INSTR(s, ",")) STORED
            );
CREATE TABLE test8 (
                s VARCHAR,
                x INTEGER GENERATED ALWAYS AS (INSTR(s, ",")) STORED,
                y INTEGER GENERATED ALWAYS AS (INSTR(x, ",")) STORED
            );
