// `sqlcore diff` and `sqlcore migrate`: a database against a target schema (another database
// or a DDL script), through sc::compare and sc::plan_migration.
// SPDX-License-Identifier: MIT
#include "schema_change.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common.hpp"

namespace sqlcore::tools {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

bool is_script(const std::string& target) {
  std::string ext = fs::path(target).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".sql";
}

std::string read_script(const std::string& file) {
  std::error_code ec;
  if (!fs::exists(file, ec)) throw Failure("'" + file + "': no such file");
  if (fs::is_directory(file, ec)) throw Failure("'" + file + "': is a directory");
  std::ifstream in(file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

void load_target(const std::string& target, MetaData& out) {
  if (!is_script(target)) {
    Engine engine = open_database(target, Access::read_only);
    out.reflect(engine);
    return;
  }
  std::string script = read_script(target);
  Engine engine = create_engine("sqlite://");
  Connection conn = engine.connect();
  try {
    conn.raw().exec(script);
  } catch (const std::exception& e) {
    throw Failure("'" + target + "': " + one_line(e));
  }
  out.reflect(conn);
}

bool run_diff(const std::string& db, const std::string& target, bool json, std::ostream& out) {
  MetaData wanted;
  load_target(target, wanted);
  Engine engine = open_database(db, Access::read_only);
  Connection conn = engine.connect();
  SchemaDiff diff = compare(conn, wanted);
  if (json) {
    Json changes = Json::array();
    for (const SchemaChange& ch : diff.changes()) {
      changes.push_back({{"kind", std::string(to_string(ch.kind))},
                         {"table", ch.table},
                         {"name", ch.name},
                         {"attributes", ch.attributes},
                         {"from", ch.from},
                         {"to", ch.to},
                         {"description", ch.describe()}});
    }
    out << changes.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
  } else {
    for (const SchemaChange& ch : diff.changes()) out << ch.describe() << '\n';
  }
  return diff.empty();
}

void run_migrate(const MigrateOptions& options, std::ostream& out) {
  MetaData wanted;
  load_target(options.target, wanted);
  Engine engine =
      open_database(options.db, options.dry_run ? Access::read_only : Access::read_write);
  Connection conn = engine.connect();
  PlanOptions plan_options;
  plan_options.drop_extra_tables = options.drop_extra;
  plan_options.drop_extra_views = options.drop_extra;
  plan_options.drop_extra_triggers = options.drop_extra;
  MigrationPlan plan = plan_migration(conn, wanted, plan_options);
  if (plan.empty()) {
    out << "nothing to do: " << options.db << " already matches " << options.target << '\n';
    return;
  }
  const auto& steps = plan.steps();
  out << "plan: " << steps.size() << (steps.size() == 1 ? " step" : " steps") << '\n';
  for (std::size_t i = 0; i < steps.size(); ++i) {
    out << "  " << i + 1 << ". " << steps[i].describe() << '\n';
  }
  const auto& losses = plan.data_loss();
  if (losses.empty()) {
    out << "data loss: none\n";
  } else {
    out << "data loss:\n";
    for (const DataLoss& loss : losses) out << "  " << loss.describe() << '\n';
  }
  if (options.dry_run) {
    out << "script:\n" << plan.script();
    out << "dry run: nothing changed\n";
    return;
  }
  if (!losses.empty() && !options.allow_data_loss) {
    out.flush();
    std::string what;
    for (const DataLoss& loss : losses) what += (what.empty() ? "" : "; ") + loss.describe();
    throw Failure("refusing to migrate " + options.db + ": it would lose data (" + what +
                  "); pass --allow-data-loss to accept, nothing was changed");
  }
  if (!options.backup.empty()) {
    engine.save_as(options.backup);
    out << "backup: " << options.backup << '\n';
  }
  plan.apply(conn, ApplyOptions{.allow_data_loss = options.allow_data_loss});
  out << "applied " << steps.size() << (steps.size() == 1 ? " step" : " steps") << '\n';
}

}  // namespace sqlcore::tools
