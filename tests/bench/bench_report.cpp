// Native benchmarks for `make bench` (Google Benchmark):
//   compute_report/N   the report for the dk-dagpenge persona with N joblog entries
//   compute_report_cold/N  the same with the caches emptied before each run (N > 10)
//   decode_import/N    web/app/store_document.cpp's decode_import on that profile's export file
//   json_parse/N       nlohmann::json::parse alone on the same text (the import's floor)
//   encode_store/N     what every save to IndexedDB serialises (web/app/store_document.cpp)
// Sizes: --sizes=10,10000,100000 (default). Profiles are built like tests/bench/make_profile.mjs:
// the persona's situation, events and plan, and N entries with unique ids spread evenly from the
// registration date to the persona's last joblog date; each is checked by parse_profile first.
#include "app/store_document.hpp"
#include "jobbplan/assets.hpp"
#include "jobbplan/calendar.hpp"
#include "jobbplan/profile.hpp"
#include "jobbplan/report.hpp"
#include "jobbplan/rule_pack.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

using nlohmann::json;
using jobbplan::Date;

const char* const kEmployers[] = {"Coop Danmark", "Region Hovedstaden", "Carlsberg", "Københavns Kommune", "Ørsted",
                                  "Netto", "Tivoli", "Novo Nordisk", "Salling Group", "Mærsk", "Åbo Akademi",
                                  "Trelleborgs kommun", "Posten Nord", "ISS"};
const char* const kTitles[] = {"Butiksassistent", "Lagermedarbejder", "Laborant", "Kundeservice", "Projektassistent",
                               "Lægesekretær", "Chauffør", "Rengøringsassistent", "Kontorelev", "Pædagogmedhjælper"};
const char* const kHow[] = {"online", "email", "letter", "in_person", "phone", "other"};
const char* const kStatus[] = {"sent", "interview", "rejected", "offer", "withdrawn"};

// "On" for every report: the day the persona's demo is set in.
const Date kOn = *jobbplan::parse_date("2026-11-23");

struct Case {
    jobbplan::Profile profile;
    std::string export_text;
};

json make_profile_json(int n) {
    const auto text = jobbplan::builtin_asset("examples/dk-dagpenge.json");
    if (!text) {
        std::fprintf(stderr, "bench_report: examples/dk-dagpenge.json is not built in\n");
        std::exit(1);
    }
    json base = json::parse(*text);
    const Date from = *jobbplan::parse_date(base["situation"]["registered_on"].get<std::string>());
    Date last = from;
    for (const json& e : base["joblog"]) {
        const Date d = *jobbplan::parse_date(e["date"].get<std::string>());
        if (date::sys_days{d} > date::sys_days{last} && date::sys_days{d} <= date::sys_days{from} + date::days{3650}) last = d;
    }
    const long span = (date::sys_days{last} - date::sys_days{from}).count() + 1;
    json joblog = json::array();
    for (int i = 0; i < n; ++i) {
        std::string id = "b";  // (not "b" + to_string: GCC 12 warns falsely, -Wrestrict)
        id += std::to_string(i + 1);
        json e = {{"id", id},
                  {"date", jobbplan::to_string(jobbplan::add_days(from, static_cast<int>(static_cast<long long>(i) * span / std::max(1, n))))},
                  {"employer", std::string(kEmployers[i % 14]) + " " + std::to_string(1 + i % 97)},
                  {"job_title", kTitles[(i * 7) % 10]}};
        e["category"] = i % 3 == 2 ? "unsolicited" : "advertised";
        e["advertised"] = i % 3 != 2;
        if (i % 5 == 0) e["job_length_weeks"] = 4 + i % 40;
        e["how_applied"] = kHow[i % 6];
        e["status"] = kStatus[i % 5];
        if (i % 4 == 0) e["contact"] = std::string("kontakt").append(std::to_string(i % 50)).append("@example.org");
        if (i % 10 == 0) e["notes"] = "Opfølgning aftalt";
        joblog.push_back(std::move(e));
    }
    base["joblog"] = std::move(joblog);
    return base;
}

const Case& get_case(int n) {
    static std::map<int, std::unique_ptr<Case>> cases;
    auto& c = cases[n];
    if (!c) {
        auto parsed = jobbplan::parse_profile(make_profile_json(n));
        if (!parsed.ok()) {
            std::fprintf(stderr, "bench_report: generated profile (%d entries) is invalid: %s\n", n,
                         parsed.problems.front().to_string().c_str());
            std::exit(1);
        }
        c = std::make_unique<Case>();
        c->profile = std::move(*parsed.value);
        const auto report = jobbplan::compute_report(c->profile, jobbplan::builtin_rule_book(), kOn);
        c->export_text = jobbplan::web::encode_export(c->profile, report, kOn);
        // The export must read back as the same number of entries (when under the import size limit:
        // 100,000 entries make an export over 20 MB, which decode_import refuses by design).
        if (c->export_text.size() > jobbplan::web::kMaxImportBytes) return *c;
        auto back = jobbplan::web::decode_import(c->export_text);
        if (!back.ok() || back.value->joblog.size() != static_cast<size_t>(n)) {
            std::fprintf(stderr, "bench_report: the export of %d entries does not import back\n", n);
            std::exit(1);
        }
    }
    return *c;
}

void bm_compute_report(benchmark::State& state, int n) {
    const Case& c = get_case(n);
    const auto& rules = jobbplan::builtin_rule_book();
    for (auto _ : state) {
        auto r = jobbplan::compute_report(c.profile, rules, kOn);
        benchmark::DoNotOptimize(r);
    }
    state.counters["entries"] = n;
}

// Walks a buffer twice the size of this machine's last-level cache (32 MB here), so the next run
// starts with the profile out of cache. Warm, 10,000 entries (about 3 MB) stay in cache between
// runs while 100,000 (about 30 MB) cannot, and the warm ratio measures the cache size as much as
// the report's cost per entry; cold, both sizes pay the same per entry, which is what "linear" asks.
void evict_caches() {
    static std::vector<unsigned char> buffer(64u << 20);
    static unsigned char salt = 0;
    ++salt;
    for (size_t i = 0; i < buffer.size(); i += 64) buffer[i] = static_cast<unsigned char>(buffer[i] + salt);
    benchmark::ClobberMemory();
}

void bm_compute_report_cold(benchmark::State& state, int n) {
    const Case& c = get_case(n);
    const auto& rules = jobbplan::builtin_rule_book();
    for (auto _ : state) {
        state.PauseTiming();
        evict_caches();
        state.ResumeTiming();
        auto r = jobbplan::compute_report(c.profile, rules, kOn);
        benchmark::DoNotOptimize(r);
    }
    state.counters["entries"] = n;
}

void bm_decode_import(benchmark::State& state, int n) {
    const Case& c = get_case(n);
    for (auto _ : state) {
        auto p = jobbplan::web::decode_import(c.export_text);
        if (!p.ok()) state.SkipWithError("decode_import refused the export");
        benchmark::DoNotOptimize(p);
    }
    state.counters["bytes"] = static_cast<double>(c.export_text.size());
}

void bm_json_parse(benchmark::State& state, int n) {
    const Case& c = get_case(n);
    for (auto _ : state) {
        auto j = json::parse(c.export_text, nullptr, false);
        if (j.is_discarded()) state.SkipWithError("not JSON");
        benchmark::DoNotOptimize(j);
    }
    state.counters["bytes"] = static_cast<double>(c.export_text.size());
}

void bm_encode_store(benchmark::State& state, int n) {
    const Case& c = get_case(n);
    jobbplan::web::StoredState st;
    st.profile = c.profile;
    for (auto _ : state) {
        std::string text = jobbplan::web::encode_store(st);
        benchmark::DoNotOptimize(text);
    }
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    std::vector<int> sizes = {10, 10000, 100000};
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a.rfind("--sizes=", 0) == 0) {
            sizes.clear();
            std::string list = a.substr(8);
            for (size_t pos = 0; pos < list.size();) {
                size_t comma = list.find(',', pos);
                if (comma == std::string::npos) comma = list.size();
                sizes.push_back(std::atoi(list.substr(pos, comma - pos).c_str()));
                pos = comma + 1;
            }
        } else {
            std::fprintf(stderr, "bench_report: unknown argument %s (Google Benchmark flags and --sizes=N,N,...)\n", argv[i]);
            return 2;
        }
    }
    for (int n : sizes) {
        get_case(n);  // build (and check) the inputs before any timing
        benchmark::RegisterBenchmark(("compute_report/" + std::to_string(n)).c_str(), bm_compute_report, n)
            ->Unit(benchmark::kMillisecond);
        if (n > 10)  // a fixed count: each run also walks 64 MB, untimed
            benchmark::RegisterBenchmark(("compute_report_cold/" + std::to_string(n)).c_str(), bm_compute_report_cold, n)
                ->Unit(benchmark::kMillisecond)
                ->Iterations(40);
        benchmark::RegisterBenchmark(("encode_store/" + std::to_string(n)).c_str(), bm_encode_store, n)
            ->Unit(benchmark::kMillisecond);
        if (get_case(n).export_text.size() > jobbplan::web::kMaxImportBytes) continue;  // refused by design
        benchmark::RegisterBenchmark(("decode_import/" + std::to_string(n)).c_str(), bm_decode_import, n)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("json_parse/" + std::to_string(n)).c_str(), bm_json_parse, n)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
