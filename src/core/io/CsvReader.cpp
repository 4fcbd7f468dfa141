#include "CsvReader.h"
