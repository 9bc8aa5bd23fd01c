-- Schemas harvested by scripts/harvest-roundtrip-corpus.py (see README.md).

-- schema: offset1#1 (sqlite test/offset1.test offset1-2.0)
CREATE TABLE employees (
    id integer primary key,
    name text,
    city text,
    department text,
    salary integer
  );
CREATE VIEW v AS
    SELECT * FROM (
      SELECT * FROM employees 
       WHERE salary < 100
       ORDER BY salary desc)
     UNION ALL 
     SELECT * FROM (
       SELECT * FROM employees
       WHERE salary >= 100
       ORDER BY salary asc);

-- schema: orderby1#1 (sqlite test/orderby1.test 4.0)
CREATE TABLE t41(a INT UNIQUE NOT NULL, b INT NOT NULL);
CREATE INDEX t41ba ON t41(b,a);
CREATE TABLE t42(x INT NOT NULL REFERENCES t41(a), y INT NOT NULL);
CREATE UNIQUE INDEX t42xy ON t42(x,y);

-- schema: orderby5#1 (sqlite test/orderby5.test 4.2.1)
CREATE TABLE Records(typeID INTEGER, key TEXT COLLATE nocase, value TEXT);
CREATE INDEX RecordsIndex ON Records(typeID, key, value);
