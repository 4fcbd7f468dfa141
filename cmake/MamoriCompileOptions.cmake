# One INTERFACE target carries the compile settings every Mamori target shares.
add_library(mamori_compile_options INTERFACE)
target_compile_features(mamori_compile_options INTERFACE cxx_std_20)
target_compile_definitions(mamori_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
# CI tests the optimised build; forced asserts keep contract checks such as Result's "read only
# after ok()" active there, so a test that breaks one fails instead of reading garbage.
if(MAMORI_FORCE_ASSERTS)
    target_compile_definitions(mamori_compile_options INTERFACE QT_FORCE_ASSERTS)
endif()
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(mamori_compile_options INTERFACE -Wall -Wextra -Wpedantic)
    if(MAMORI_WARNINGS_AS_ERRORS)
        target_compile_options(mamori_compile_options INTERFACE -Werror)
    endif()
    if(MAMORI_ENABLE_FUZZING)
        # Coverage instrumentation for the code under test, so libFuzzer sees into the readers.
        target_compile_options(mamori_compile_options INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
        target_link_options(mamori_compile_options INTERFACE -fsanitize=address,undefined)
    endif()
    if(MAMORI_ENABLE_SANITIZERS)
        target_compile_options(mamori_compile_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(mamori_compile_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
