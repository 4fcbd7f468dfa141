#include "XlsxReader.h"
