# SQLCipher as Debian's libsqlcipher-dev installs it: /usr/include/sqlcipher/sqlite3.h and
# libsqlcipher. Defines the imported target SQLCipher::SQLCipher.
if(NOT TARGET SQLCipher::SQLCipher)
  find_path(SQLCIPHER_INCLUDE_DIR sqlite3.h PATH_SUFFIXES sqlcipher NO_DEFAULT_PATH
            PATHS /usr/include /usr/local/include)
  find_library(SQLCIPHER_LIBRARY sqlcipher)
  if(NOT SQLCIPHER_INCLUDE_DIR OR NOT SQLCIPHER_LIBRARY)
    message(FATAL_ERROR "SQLCipher not found: install libsqlcipher-dev (scripts/install-deps.sh)")
  endif()
  add_library(SQLCipher::SQLCipher UNKNOWN IMPORTED)
  set_target_properties(SQLCipher::SQLCipher PROPERTIES
    IMPORTED_LOCATION "${SQLCIPHER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${SQLCIPHER_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS SQLITE_HAS_CODEC=1)
endif()
