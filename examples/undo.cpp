// Undo/redo for a document kept in SQLite: each edit is recorded as a changeset (a
// ChangeRecorder around it); undo applies its inverse, redo applies it again. Views refresh
// from on_commit_changes. docs/documents.md explains the recipe.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <cstdio>
#include <filesystem>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

namespace sc = sqlcore;

namespace {

/// The undo and redo stacks of one document connection.
class History {
 public:
  explicit History(sc::Connection& conn) : conn_(conn) {}

  /// Runs `edit` in a transaction and records it as one undoable step.
  void edit(const std::function<void(sc::Connection&)>& edit) {
    sc::ChangeRecorder rec(conn_);
    sc::Transaction tx = conn_.begin();
    edit(conn_);
    tx.commit();
    sc::Changeset cs = rec.changeset();
    if (cs.empty()) return;  // nothing changed: nothing to undo
    undo_.push_back(std::move(cs));
    redo_.clear();
  }
  bool undo() { return move(undo_, redo_, true); }
  bool redo() { return move(redo_, undo_, false); }

 private:
  bool move(std::vector<sc::Changeset>& from, std::vector<sc::Changeset>& to, bool invert) {
    if (from.empty()) return false;
    sc::Changeset cs = std::move(from.back());
    from.pop_back();
    // The document is edited only through History, so a conflict means a bug: abort (the
    // default) throws ConflictError and changes nothing.
    sc::apply_changeset(conn_, invert ? cs.inverted() : cs);
    to.push_back(std::move(cs));
    return true;
  }
  sc::Connection& conn_;
  std::vector<sc::Changeset> undo_, redo_;
};

std::string titles(sc::Connection& conn) {
  std::string out;
  for (const std::string& t :
       conn.execute(sc::text("SELECT title FROM shapes ORDER BY id")).scalars<std::string>())
    out += (out.empty() ? "" : ", ") + t;
  return "[" + out + "]";
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = argc > 1 ? argv[1] : "undo.db";
  std::filesystem::remove(path);
  try {
    sc::Engine engine = sc::create_engine("sqlite:///" + path);
    int refreshes = 0;
    try {
      engine.on_commit_changes([&](const sc::CommittedChanges& ch) {
        if (ch.contains("shapes")) ++refreshes;  // a view would re-read the shapes here
      });
    } catch (const sc::NotSupportedError& e) {
      std::cout << "no commit notifications here: " << e.what() << "\n";
    }
    sc::Connection conn = engine.connect();
    conn.execute(sc::text("CREATE TABLE shapes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"));

    History history(conn);
    history.edit(
        [](sc::Connection& c) { c.execute(sc::text("INSERT INTO shapes VALUES (1, 'circle')")); });
    history.edit(
        [](sc::Connection& c) { c.execute(sc::text("INSERT INTO shapes VALUES (2, 'square')")); });
    history.edit([](sc::Connection& c) {
      c.execute(sc::text("UPDATE shapes SET title = 'big circle' WHERE id = 1"));
    });
    const std::string edited = titles(conn);
    std::cout << "edited:  " << edited << "\n";
    history.undo();
    std::cout << "undo:    " << titles(conn) << "\n";
    history.undo();
    const std::string one = titles(conn);
    std::cout << "undo:    " << one << "\n";
    history.redo();
    history.redo();
    std::cout << "redo x2: " << titles(conn) << "\n";
    std::cout << "view refreshes: " << refreshes << "\n";
    if (one != "[circle]" || titles(conn) != edited) {
      std::cerr << "undo/redo did not restore the document\n";
      return 1;
    }
  } catch (const sc::NotSupportedError& e) {
    std::cout << "skipped: " << e.what() << "\n";  // SQLite without the session extension
    return 0;
  } catch (const sc::Error& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
