// A dqlite node in a process of its own, for tests that SIGKILL or SIGSTOP a node (an
// in-process Node can only be stopped cleanly). Usage: sqlcore_dqlite_node ID ADDRESS DATA_DIR;
// prints "ready" once the node listens, then waits to be killed.
// SPDX-License-Identifier: MIT
#include <sqlcore/dqlite.hpp>
#include <sqlcore/errors.hpp>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: sqlcore_dqlite_node ID ADDRESS DATA_DIR\n");
    return 2;
  }
  try {
    sqlcore::dqlite::Node node(
        sqlcore::dqlite::NodeOptions{.id = std::stoull(argv[1]),
                                     .address = argv[2],
                                     .data_dir = argv[3],
                                     .network_latency = std::chrono::milliseconds(20)});
    node.start();
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) ::pause();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sqlcore_dqlite_node: %s\n", e.what());
    return 1;
  }
}
