#!/usr/bin/python3
"""Writes tests/golden/ddl.txt: the DDL SQLAlchemy 1.4's sqlite dialect compiles for each
case below. tests/dialect/sqlite/ddl_compiler_golden_test.cpp declares the same cases, by
name, through sqlcore and checks that the text matches modulo white space.
    /usr/bin/python3 scripts/golden_ddl.py > tests/golden/ddl.txt
"""
import sys

import sqlalchemy
from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Column, Computed, Date, DateTime,
                        Enum, Float, ForeignKey, ForeignKeyConstraint, Index, Integer, JSON,
                        LargeBinary, MetaData, Numeric, PrimaryKeyConstraint, SmallInteger, String,
                        Table, Text, Time, Unicode, UnicodeText, UniqueConstraint, text)
from sqlalchemy.dialects import sqlite
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.dialects.sqlite import DATE, DATETIME, TIME
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlalchemy.types import (BIGINT, BLOB, BOOLEAN, CHAR, CLOB, DECIMAL, FLOAT, INTEGER, NCHAR,
                              NUMERIC, NVARCHAR, REAL, SMALLINT, TEXT, TIMESTAMP, VARCHAR)

assert sqlalchemy.__version__.startswith("1.4"), sqlalchemy.__version__


# sqlcore's one deliberate difference (docs/types.md, "JSON"): JSON() declares JSON_TEXT on
# SQLite, a name with TEXT affinity, so that a document keeps its text ('1.50' is not turned
# into the REAL 1.5: SQLAlchemy #5014); sqlcore reflects JSON_TEXT back as JSON.
@compiles(JSON, "sqlite")
def _json_text(type_, compiler, **kw):
    return "JSON_TEXT"


CASES = []


def case(fn):
    CASES.append((fn.__name__, fn))
    return fn


def pk(name="id"):
    return Column(name, Integer, primary_key=True)


@case
def integer_pk(m):
    Table("t", m, pk(), Column("x", Integer))

@case
def integer_pk_autoincrement_false(m):
    Table("t", m, Column("id", Integer, primary_key=True, autoincrement=False), Column("x", Integer))

@case
def sqlite_autoincrement(m):
    Table("t", m, pk(), Column("name", String(20)), sqlite_autoincrement=True)

@case
def sqlite_autoincrement_on_conflict(m):
    Table("t", m, Column("id", Integer, primary_key=True, sqlite_on_conflict_primary_key="REPLACE"),
          sqlite_autoincrement=True)

@case
def composite_pk(m):
    Table("t", m, Column("a", Integer, primary_key=True), Column("b", String(10), primary_key=True), Column("c", Integer))

@case
def named_composite_pk_on_conflict(m):
    Table("t", m, Column("a", Integer), Column("b", Integer),
          PrimaryKeyConstraint("a", "b", name="pk_t", sqlite_on_conflict="REPLACE"))

@case
def string_pk(m):
    Table("t", m, Column("code", String(8), primary_key=True), Column("label", Text))

@case
def big_integer_pk(m):
    Table("t", m, Column("id", BigInteger, primary_key=True))

@case
def big_integer_variant_pk(m):
    Table("t", m, Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True))

@case
def pk_on_conflict_column(m):
    Table("t", m, Column("id", Integer, primary_key=True, sqlite_on_conflict_primary_key="IGNORE"))

@case
def no_pk(m):
    Table("t", m, Column("a", Integer), Column("b", Text))

@case
def generic_types(m):
    Table("t", m, pk(), Column("i", Integer), Column("bi", BigInteger), Column("si", SmallInteger),
          Column("b", Boolean), Column("f", Float), Column("f53", Float(53)), Column("n", Numeric),
          Column("n10", Numeric(10)), Column("n102", Numeric(10, 2)), Column("s", String),
          Column("s50", String(50)), Column("tx", Text), Column("u", Unicode(20)), Column("ut", UnicodeText),
          Column("lb", LargeBinary), Column("d", Date), Column("tm", Time), Column("dt", DateTime),
          Column("j", JSON), Column("e", Enum("a", "bbb", "cc")))

@case
def sql_types(m):
    Table("t", m, pk(), Column("i", INTEGER), Column("bi", BIGINT), Column("si", SMALLINT),
          Column("b", BOOLEAN), Column("f", FLOAT), Column("r", REAL), Column("n", NUMERIC(12, 4)),
          Column("dc", DECIMAL(10, 2)), Column("c", CHAR(3)), Column("v", VARCHAR(30)),
          Column("nc", NCHAR(2)), Column("nv", NVARCHAR(40)), Column("tx", TEXT), Column("cl", CLOB),
          Column("bl", BLOB), Column("ts", TIMESTAMP))

@case
def date_char_types(m):
    Table("t", m, pk(),
          Column("d", DATE(storage_format="%(year)04d%(month)02d%(day)02d", regexp=r"(\d{4})(\d{2})(\d{2})")),
          Column("t", TIME(storage_format="%(hour)02d%(minute)02d%(second)02d", regexp=r"(\d{2})(\d{2})(\d{2})")),
          Column("dt", DATETIME(storage_format="%(year)04d%(month)02d%(day)02d%(hour)02d%(minute)02d",
                                regexp=r"(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})")),
          Column("d2", DATE(storage_format="%(month)02d/%(day)02d/%(year)04d",
                            regexp=r"(?P<month>\d+)/(?P<day>\d+)/(?P<year>\d+)")))

@case
def not_null_and_nullable(m):
    Table("t", m, pk(), Column("a", Integer, nullable=False), Column("b", Text, nullable=True),
          Column("c", String(5), nullable=False, sqlite_on_conflict_not_null="FAIL"))

@case
def server_default_literals(m):
    Table("t", m, pk(), Column("s", String(10), server_default="hello"), Column("n", Integer, server_default="0"),
          Column("q", Text, server_default="it's"), Column("e", Text, server_default=""))

@case
def server_default_sql(m):
    Table("t", m, pk(), Column("c", DateTime, server_default=text("CURRENT_TIMESTAMP")),
          Column("n", Integer, server_default=text("42")), Column("z", Text, server_default=text("NULL")),
          Column("p", Integer, server_default=text("(1 + 2)")), Column("neg", Float, server_default=text("-1.5")))

@case
def unique_column(m):
    Table("t", m, pk(), Column("email", String(100), unique=True), Column("nick", String(20), unique=True))

@case
def unique_column_on_conflict(m):
    Table("t", m, pk(), Column("email", String(100), unique=True, sqlite_on_conflict_unique="IGNORE"))

@case
def unique_constraints(m):
    Table("t", m, pk(), Column("a", Integer), Column("b", Integer), Column("c", Integer),
          UniqueConstraint("a", "b", name="uq_ab"), UniqueConstraint("c", sqlite_on_conflict="ROLLBACK"))

@case
def check_constraints(m):
    Table("t", m, pk(), Column("age", Integer, CheckConstraint("age >= 0", name="ck_age")),
          Column("n", Integer, CheckConstraint("n < 100")), Column("lo", Integer), Column("hi", Integer),
          CheckConstraint("lo <= hi", name="ck_range"), CheckConstraint("lo > -1000"))

@case
def check_constraint_on_conflict(m):
    Table("t", m, pk(), Column("x", Integer), CheckConstraint("x > 0", name="ck_x", sqlite_on_conflict="FAIL"),
          CheckConstraint("x < 100", sqlite_on_conflict="IGNORE"))

@case
def foreign_key_column(m):
    Table("parent", m, pk())
    Table("child", m, pk(), Column("parent_id", Integer, ForeignKey("parent.id")))

@case
def foreign_key_actions(m):
    Table("parent", m, pk())
    Table("child", m, pk(),
          Column("a", Integer, ForeignKey("parent.id", ondelete="CASCADE")),
          Column("b", Integer, ForeignKey("parent.id", onupdate="SET NULL", ondelete="RESTRICT")),
          Column("c", Integer, ForeignKey("parent.id", ondelete="SET DEFAULT", onupdate="NO ACTION")))

@case
def foreign_key_deferrable(m):
    Table("parent", m, pk())
    Table("child", m, pk(),
          Column("a", Integer, ForeignKey("parent.id", deferrable=True, initially="DEFERRED")),
          Column("b", Integer, ForeignKey("parent.id", deferrable=False)),
          Column("c", Integer, ForeignKey("parent.id", name="fk_c", deferrable=True, initially="IMMEDIATE")))

@case
def composite_foreign_key(m):
    Table("parent", m, Column("a", Integer, primary_key=True), Column("b", Integer, primary_key=True))
    Table("child", m, pk(), Column("pa", Integer), Column("pb", Integer),
          ForeignKeyConstraint(["pa", "pb"], ["parent.a", "parent.b"], name="fk_parent", ondelete="CASCADE"))

@case
def self_reference(m):
    Table("node", m, pk(), Column("parent_id", Integer, ForeignKey("node.id", ondelete="CASCADE")),
          Column("name", String(50)))

@case
def foreign_key_and_unique_same_column(m):
    Table("p", m, pk())
    Table("t", m, Column("a", Integer, ForeignKey("p.id"), unique=True), Column("c", Integer, ForeignKey("p.id"), primary_key=True))

@case
def primary_key_with_foreign_key_autoincrement(m):
    Table("p", m, pk())
    Table("t", m, Column("id", Integer, ForeignKey("p.id"), primary_key=True), sqlite_autoincrement=True)

@case
def column_index(m):
    Table("t", m, pk(), Column("a", Integer, index=True), Column("b", String(10), index=True, unique=True))

@case
def indexes(m):
    Table("t", m, pk(), Column("a", Integer), Column("b", Integer), Column("c", Text),
          Index("ix_t_ab", "a", "b"), Index("ux_t_c", "c", unique=True), Index("ix_b_desc", "b"))

@case
def partial_indexes(m):
    Table("t", m, pk(), Column("a", Integer), Column("deleted", Boolean),
          Index("ix_live", "a", sqlite_where=text("deleted = 0")),
          Index("ux_live_a", "a", unique=True, sqlite_where=text("a IS NOT NULL AND deleted = 0")))

@case
def without_rowid(m):
    Table("t", m, Column("k", String(10), primary_key=True), Column("v", Text), sqlite_with_rowid=False)

@case
def without_rowid_composite(m):
    Table("t", m, Column("a", Integer), Column("b", Integer), Column("v", Text),
          PrimaryKeyConstraint("a", "b"), sqlite_with_rowid=False)

@case
def generated_columns(m):
    Table("t", m, pk(), Column("a", Integer), Column("v", Integer, Computed("a * 2")),
          Column("s", Integer, Computed("a + 1", persisted=True)),
          Column("vv", Integer, Computed("a - 1", persisted=False)))

@case
def collations(m):
    Table("t", m, pk(), Column("name", String(30, collation="NOCASE")), Column("raw", Text(collation="binary")),
          Column("r", String(5, collation="RTRIM"), nullable=False))

@case
def reserved_word_names(m):
    Table("order", m, Column("select", Integer, primary_key=True), Column("from", Text), Column("group", Integer),
          Column("true", Boolean), Index("index", "group"))

@case
def mixed_case_names(m):
    Table("UserAccounts", m, Column("UserId", Integer, primary_key=True), Column("displayName", String(40)),
          Index("IX_Display", "displayName"))

@case
def names_needing_quotes(m):
    Table("my table", m, Column("id", Integer, primary_key=True), Column("first name", Text),
          Column("dot.ted", Integer), Column('quo"te', Text), Column("naïve", Text), Column("1st", Integer),
          Column("$cost", Float))

@case
def quoted_foreign_key(m):
    Table("Parent Table", m, Column("Key", Integer, primary_key=True))
    Table("child", m, pk(), Column("parent key", Integer, ForeignKey("Parent Table.Key")))

@case
def api_users(m):
    Table("users", m,
          Column("id", Integer, primary_key=True),
          Column("name", String(50), nullable=False, unique=True),
          Column("born", DateTime),
          Column("score", Numeric(10, 2), server_default="0"),
          Column("created", DateTime, server_default=text("CURRENT_TIMESTAMP")),
          Column("parent_id", Integer, ForeignKey("users.id", ondelete="CASCADE")),
          Column("age", Integer, CheckConstraint("age >= 0", name="ck_age"), index=True),
          Column("code", String(10, collation="NOCASE"), unique=True, sqlite_on_conflict_unique="IGNORE"),
          Column("total", Integer, Computed("age * 2")),
          Column("total2", Integer, Computed("age * 3", persisted=True)),
          Column("flag", Boolean, nullable=False, sqlite_on_conflict_not_null="FAIL", autoincrement=False),
          Index("ix_users_born", "born", sqlite_where=text("born IS NOT NULL")),
          Index("ux_users_code", "code", "name", unique=True),
          UniqueConstraint("name", "born", name="uq_users_name_born"),
          CheckConstraint("length(name) > 0", name="ck_users_name"),
          sqlite_autoincrement=True)

@case
def api_pairs(m):
    Table("users", m, pk())
    Table("pairs", m, Column("a", Integer), Column("b", Integer), Column("ua", Integer),
          PrimaryKeyConstraint("a", "b", name="pk_pairs", sqlite_on_conflict="REPLACE"),
          UniqueConstraint("ua", sqlite_on_conflict="ROLLBACK"), CheckConstraint("a <> b"),
          ForeignKeyConstraint(["ua"], ["users.id"], ondelete="SET NULL", onupdate="CASCADE",
                               deferrable=True, initially="DEFERRED", name="fk_pairs_users"),
          sqlite_with_rowid=False)

@case
def dependency_order(m):
    Table("c", m, pk(), Column("b_id", Integer, ForeignKey("b.id")))
    Table("b", m, pk(), Column("a_id", Integer, ForeignKey("a.id")))
    Table("a", m, pk())
    Table("d", m, pk())

@case
def cycle_of_three(m):
    Table("x", m, pk(), Column("z_id", Integer, ForeignKey("z.id")))
    Table("y", m, pk(), Column("x_id", Integer, ForeignKey("x.id")))
    Table("z", m, pk(), Column("y_id", Integer, ForeignKey("y.id")))
    Table("a", m, pk(), Column("x_id", Integer, ForeignKey("x.id")))

@case
def many_constraints_order(m):
    Table("p", m, pk())
    Table("t", m, pk(), Column("a", Integer, unique=True), Column("b", Integer, ForeignKey("p.id")),
          Column("c", Integer, unique=True, sqlite_on_conflict_unique="REPLACE"),
          CheckConstraint("a > 0", name="ck_a"), UniqueConstraint("b", "c", name="uq_bc"),
          ForeignKeyConstraint(["c"], ["p.id"], name="fk_c"))


def main():
    d = sqlite.dialect()
    out = sys.stdout
    out.write("# generated by scripts/golden_ddl.py from SQLAlchemy %s\n" % sqlalchemy.__version__)
    for name, fn in CASES:
        m = MetaData()
        fn(m)
        out.write("=== %s\n" % name)
        for t in m.sorted_tables:
            out.write(str(CreateTable(t).compile(dialect=d)).strip() + ";\n")
            for ix in sorted(t.indexes, key=lambda i: i.name):
                out.write(str(CreateIndex(ix).compile(dialect=d)).strip() + ";\n")


if __name__ == "__main__":
    main()
