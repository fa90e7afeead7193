// The C API of libcmark (Debian: libcmark-dev); only RapportMarkdown imports it.
#include <cmark.h>
