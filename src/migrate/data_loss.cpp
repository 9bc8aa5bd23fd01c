// data_loss: see src/migrate/CMakeLists.txt.
// SPDX-License-Identifier: MIT
#include "sqlcore/migrate.hpp"
