// SPDX-License-Identifier: MIT
#include "driver/dqlite/protocol.hpp"
