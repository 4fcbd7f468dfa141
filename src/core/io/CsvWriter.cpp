#include "CsvWriter.h"
