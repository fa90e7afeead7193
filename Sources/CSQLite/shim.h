// The C API of SQLite (Debian: libsqlite3-dev); only the SQLite export imports it.
#include <sqlite3.h>
