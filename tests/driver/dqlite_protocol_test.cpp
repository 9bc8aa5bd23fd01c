// The dqlite wire protocol's codec (src/driver/dqlite/protocol.hpp), on hand-built bytes.
// SPDX-License-Identifier: MIT
#include "driver/dqlite/protocol.hpp"

#include <gtest/gtest.h>

namespace {

TEST(DqliteProtocol, VersionIsOne) { EXPECT_EQ(sqlcore::detail::dqlite::protocol_version, 1U); }

}  // namespace
