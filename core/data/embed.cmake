# Turns benchmarks.json into a C++ source holding it as a string, so the dataset ships inside
# the module (no extra request) and a stale copy can never be served next to a new module.
file(READ ${IN} text)
# Notes, quotes and article addresses stay in the file (served whole as benchmarks.json, which the
# methodology page reads) but not in the module: the calculator cites publisher, title, year and
# sample, and the rest would cost every visitor ~1.5 KB gzipped.
string(REGEX REPLACE ",[ ]*\"(url|note|quote)\":[ ]*\"([^\"\\]|\\.)*\"" "" text "${text}")
# A raw string literal, split in chunks: some compilers cap a single literal's length.
string(LENGTH "${text}" size)
set(body "")
set(pos 0)
while(pos LESS size)
  string(SUBSTRING "${text}" ${pos} 4000 chunk)
  string(APPEND body "R\"dataset(${chunk})dataset\"\n")
  math(EXPR pos "${pos} + 4000")
endwhile()
file(WRITE ${OUT} "// Generated from core/data/benchmarks.json by core/data/embed.cmake. Do not edit.\n"
  "namespace est { extern const char* const kDatasetText; const char* const kDatasetText =\n${body};\n}\n")
