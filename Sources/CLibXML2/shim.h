#ifndef DIPLOGRAPH_CLIBXML2_SHIM_H
#define DIPLOGRAPH_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU, whose headers clash with the copy of ICU inside Foundation.
// Nothing here uses libxml2's ICU converters (they only appear inside xmlCharEncodingHandler,
// which is never allocated or read from Swift), so the ICU declarations are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/xmlIO.h>
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#endif
