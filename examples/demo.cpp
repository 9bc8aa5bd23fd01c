// The demo: a database file, a transaction with a savepoint, typed rows read back.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

namespace sc = sqlcore;
using namespace std::chrono;

struct Person {
  std::int64_t id;
  std::string name;
  std::optional<sc::Timestamp> born;
};

int main(int argc, char** argv) {
  std::string path = argc > 1 ? argv[1] : "demo.db";
  std::filesystem::remove(path);
  try {
    sc::Engine engine =
        sc::create_engine("sqlite:///" + path, {.begin_mode = sc::BeginMode::immediate});
    sc::Connection conn = engine.connect();
    std::cout << "opened " << path << " (" << engine.pool().status() << ")\n";

    conn.execute(sc::text(
        "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, born DATETIME)"));
    const sc::TypeMap types = {{"born", sc::DateTime()}};
    {
      sc::Transaction tx = conn.begin();  // BEGIN IMMEDIATE
      conn.execute_many(sc::text("INSERT INTO people (name, born) VALUES (:name, :born)"),
                        {{{"name", "Ada Lovelace"}, {"born", sys_days{year{1815} / 12 / 10}}},
                         {{"name", "Grace Hopper"}, {"born", sys_days{year{1906} / 12 / 9}}}},
                        types);
      std::cout << "inserted 2 people in a transaction\n";
      {
        sc::Transaction sp = conn.begin_nested();  // SAVEPOINT sa_savepoint_1
        conn.execute(sc::text("INSERT INTO people (name) VALUES (:name)"), {{"name", "Nobody"}});
        sp.rollback();  // ROLLBACK TO SAVEPOINT: the outer work stays
        std::cout << "inserted 1 more inside a savepoint, then rolled the savepoint back\n";
      }
      try {
        conn.execute(sc::text("INSERT INTO people (name) VALUES (:name)"),
                     {{"name", "Ada Lovelace"}});
      } catch (const sc::IntegrityError& e) {
        std::cout << "a duplicate name was refused: " << e.sqlite_message() << "\n";
      }
      tx.commit();
      std::cout << "committed\n";
    }
    auto people = conn.execute(sc::text("SELECT id, name, born FROM people ORDER BY id"), {}, types)
                      .all<Person>();
    for (const Person& p : people) {
      year_month_day d{floor<days>(*p.born)};
      char date[16];
      std::snprintf(date, sizeof date, "%04d-%02u-%02u", static_cast<int>(d.year()),
                    static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
      std::cout << "  #" << p.id << " " << p.name << ", born " << date << "\n";
    }
    auto stored =
        conn.execute(sc::text("SELECT born FROM people WHERE id = 1")).scalar<std::string>();
    std::cout << "dates are stored as SQLAlchemy stores them: '" << *stored << "'\n";
    return people.size() == 2 ? 0 : 1;
  } catch (const sc::Error& e) {
    std::cerr << "demo: " << e.what() << "\n";
    return 1;
  }
}
