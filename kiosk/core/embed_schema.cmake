# Turns schema.sql into a C++ source holding it as one string (run at build time).
file(READ ${IN} SQL)
file(WRITE ${OUT} "// Generated from kiosk/core/schema.sql; do not edit.\n#include \"core/schema.h\"\nnamespace kiosk {\nconst char* const kSchemaSql = R\"kioskschema(${SQL})kioskschema\";\n}\n")
