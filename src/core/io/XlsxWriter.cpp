#include "XlsxWriter.h"
