# Benchmarks' native side: bench_report (Google Benchmark, Debian's libbenchmark-dev) times
# compute_report and the import reader (web/app/store_document.cpp) on generated profiles.
# Included from tests/CMakeLists.txt in every native build, so `make test` keeps it compiling and
# runs it briefly (ctest bench_smoke); `make bench` builds it in build/bench-native
# (-DJOBBPLAN_BENCH=ON, Release) and runs it at full size. Skipped when Google Benchmark is missing.
find_package(benchmark QUIET)
if(NOT benchmark_FOUND)
  message(STATUS "Google Benchmark not found: bench_report and bench_smoke are skipped")
  return()
endif()
if(JOBBPLAN_BENCH)
  message(STATUS "Benchmarks on (make bench): bench_report at full size")
endif()

add_executable(bench_report "${CMAKE_CURRENT_LIST_DIR}/bench_report.cpp")
target_link_libraries(bench_report PRIVATE jobbplan_app benchmark::benchmark)
target_compile_options(bench_report PRIVATE -Wall -Wextra)

# A few milliseconds per case at small sizes: proves the benchmarks build and their profiles are valid.
add_test(NAME bench_smoke COMMAND bench_report --sizes=10,200 --benchmark_min_time=0.001)
set_tests_properties(bench_smoke PROPERTIES TIMEOUT 30)
