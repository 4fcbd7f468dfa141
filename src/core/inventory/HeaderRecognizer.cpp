#include "HeaderRecognizer.h"
