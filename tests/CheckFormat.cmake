# Fails when a C++ file in the tree differs from what clang-format would write.
file(GLOB_RECURSE files
    "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h"
    "${SOURCE_DIR}/bench/*.cpp" "${SOURCE_DIR}/bench/*.h")
set(unformatted "")
foreach(file IN LISTS files)
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror "${file}"
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        list(APPEND unformatted "${file}")
    endif()
endforeach()
if(unformatted)
    list(JOIN unformatted "\n  " listing)
    message(FATAL_ERROR "Not clang-format clean (run scripts/format.sh):\n  ${listing}")
endif()
